using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Modules.Dimensions;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Primitives;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Completions;

/// <summary>
/// The values offered for each argument name, whichever prompt or resource template asks: configured companies, periods,
/// dimension and object names (no Sage call), and vendors, customers, GL accounts, budgets and dimension values from the
/// reference cache the tools share (one query when cold, none when warm).
/// </summary>
internal sealed class CompletionSources(CompanyCalls companies, ReferenceDataCache cache, PeriodResolver periods)
{
    /// <summary>Gets the candidate values for an argument, best first, before the cap.</summary>
    /// <param name="argument">The argument name.</param>
    /// <param name="prefix">What the user typed so far.</param>
    /// <param name="context">The arguments already chosen (<c>company</c>, <c>dimension</c>).</param>
    /// <param name="user">The caller.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The values; empty for an argument this server does not complete.</returns>
    public async Task<IReadOnlyList<string>> ValuesAsync(string argument, string prefix, IDictionary<string, string>? context, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        switch (argument)
        {
            case "company":
                return [.. companies.Allowed(user).Where(n => PrefixMatch.Starts(n, prefix))];
            case "period":
                return [.. PeriodNames.For(periods.Today).Where(p => PrefixMatch.AnyWord(p, prefix) || PrefixMatch.Starts(p.Replace('_', ' '), prefix))];
            case "dimension":
                return [.. Dimension.All.Select(d => d.Name).Where(n => PrefixMatch.Starts(n, prefix))];
            case "object":
                return [.. KnownObjects.All.Where(o => PrefixMatch.AnyWord(o, prefix))];
            case "vendor":
                return await PartiesAsync(ReferenceKind.Vendors, prefix, context, user, cancellationToken);
            case "customer":
                return await PartiesAsync(ReferenceKind.Customers, prefix, context, user, cancellationToken);
            case "account" or "glAccount":
                return await FromCacheAsync(ReferenceKind.Accounts, context, user, rows => rows
                    .Where(r => PrefixMatch.Starts(Rows.Text(r, "id"), prefix) || PrefixMatch.AnyWord(Rows.Text(r, "name"), prefix))
                    .Select(r => Rows.Text(r, "id")!), cancellationToken);
            case "budget":
                return await FromCacheAsync(ReferenceKind.Budgets, context, user, rows => rows
                    .Where(r => PrefixMatch.AnyWord(Rows.Text(r, "id"), prefix))
                    .Select(r => Rows.Text(r, "id")!), cancellationToken);
            case "value" or "dimensionValue":
                return Get(context, "dimension") is { } chosen && Find(chosen) is { } dimension
                    ? await DimensionValuesAsync(dimension, prefix, context, user, cancellationToken)
                    : [];
            default:
                return Find(argument) is { } named && named.Name == argument
                    ? await DimensionValuesAsync(named, prefix, context, user, cancellationToken)
                    : [];
        }
    }

    private Task<IReadOnlyList<string>> PartiesAsync(ReferenceKind kind, string prefix, IDictionary<string, string>? context, ClaimsPrincipal? user, CancellationToken cancellationToken) =>
        FromCacheAsync(kind, context, user, rows =>
        {
            // An ID prefix offers IDs; otherwise names, unless two records share one or the name reads like instructions to
            // an assistant (names are typed into Sage by people and other systems): then the ID, which the tools accept too.
            var byId = rows.Where(r => PrefixMatch.Starts(Rows.Text(r, "id"), prefix)).Select(r => Rows.Text(r, "id")!).ToList();
            var duplicates = rows.GroupBy(r => Rows.Text(r, "name") ?? string.Empty, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
            var byName = rows.Where(r => PrefixMatch.AnyWord(Rows.Text(r, "name"), prefix))
                .Select(r => Rows.Text(r, "name")!.Trim() is var name && !duplicates.Contains(name) && SuspiciousTextDetector.Inspect(name) is null ? name : Rows.Text(r, "id")!);
            return byId.Concat(byName).Distinct(StringComparer.OrdinalIgnoreCase);
        }, cancellationToken);

    private Task<IReadOnlyList<string>> DimensionValuesAsync(Dimension dimension, string prefix, IDictionary<string, string>? context, ClaimsPrincipal? user, CancellationToken cancellationToken) =>
        FromCacheAsync(dimension.Values, context, user, rows => rows
            .Where(r => PrefixMatch.Starts(Rows.Text(r, "id"), prefix) || PrefixMatch.AnyWord(Rows.Text(r, "name"), prefix))
            .Select(r => Rows.Text(r, "id")!), cancellationToken);

    private async Task<IReadOnlyList<string>> FromCacheAsync(ReferenceKind kind, IDictionary<string, string>? context, ClaimsPrincipal? user, Func<IReadOnlyList<JsonObject>, IEnumerable<string>> select, CancellationToken cancellationToken)
    {
        if (companies.Find(Get(context, "company"), user) is not { } company)
        {
            return [];
        }

        try
        {
            var call = companies.Open(company, Get(context, "entity"), user);
            var rows = await cache.GetAsync(call, kind, cancellationToken);
            return [.. select(rows).Where(v => !string.IsNullOrEmpty(v))];
        }
        catch (IntacctException)
        {
            // A completion is a convenience while typing: Sage being down or the module missing offers nothing, not an error.
            return [];
        }
    }

    private static Dimension? Find(string name)
    {
        try
        {
            return Dimension.Parse(name);
        }
        catch (ToolArgumentException)
        {
            return null;
        }
    }

    private static string? Get(IDictionary<string, string>? context, string name) =>
        context is not null && context.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
