using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.References;

/// <summary>
/// Reference data (accounts, vendors, customers) per company and entity, kept briefly so that resolving
/// "Acme Maintenance" or checking account 6100 costs no Sage call after the first. Sage bills every call.
/// </summary>
internal sealed class ReferenceDataCache(TimeProvider time)
{
    /// <summary>How long a list is kept.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets a reference list, loading it with one query when absent or older than <see cref="Lifetime"/>.</summary>
    /// <param name="call">The tool call (company, entity, client).</param>
    /// <param name="kind">The list.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records (flat rows keyed by field path).</returns>
    public async Task<IReadOnlyList<JsonObject>> GetAsync(ToolCall call, ReferenceKind kind, CancellationToken cancellationToken)
    {
        // The fields are part of the key: one object may be cached as two lists (vendors to resolve, vendors as dimension values).
        var cacheKey = $"{call.Company}|{call.Request.Entity}|{kind.Object}|{string.Join(',', kind.Fields)}";
        var now = time.GetUtcNow();
        var entry = _entries.AddOrUpdate(
            cacheKey,
            _ => new Entry(new Lazy<Task<IReadOnlyList<JsonObject>>>(() => LoadAsync(call, kind, cancellationToken)), now),
            (_, old) => now - old.LoadedAt < Lifetime && !old.Rows.Value.IsFaulted && !old.Rows.Value.IsCanceled
                ? old
                : new Entry(new Lazy<Task<IReadOnlyList<JsonObject>>>(() => LoadAsync(call, kind, cancellationToken)), now));
        try
        {
            return await entry.Rows.Value.WaitAsync(cancellationToken);
        }
        catch
        {
            // A failed load must not be served to the next caller.
            _entries.TryRemove(new KeyValuePair<string, Entry>(cacheKey, entry));
            throw;
        }
    }

    /// <summary>Finds one record by ID, else by exact name (case-insensitive).</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="kind">The list.</param>
    /// <param name="idOrName">The ID or exact name.</param>
    /// <param name="argument">The tool argument it came from, for errors.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record.</returns>
    public async Task<JsonObject> ResolveAsync(ToolCall call, ReferenceKind kind, string idOrName, string argument, CancellationToken cancellationToken)
    {
        var rows = await GetAsync(call, kind, cancellationToken);
        var wanted = idOrName.Trim();
        var byId = rows.Where(r => string.Equals((string?)r["id"], wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byId.Count == 1)
        {
            return byId[0];
        }

        var byName = rows.Where(r => string.Equals(((string?)r["name"])?.Trim(), wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (byName.Count == 1)
        {
            return byName[0];
        }

        if (byName.Count > 1)
        {
            throw new ToolArgumentException(argument, $"'{wanted}' matches {byName.Count} {kind.Noun}s by name: {Describe(byName)}. Pass the ID instead.");
        }

        var similar = rows.Where(r => ((string?)r["name"])?.Contains(wanted, StringComparison.OrdinalIgnoreCase) == true).Take(5).ToList();
        var hint = similar.Count > 0 ? $" Similar names: {Describe(similar)} (the list tool shows their names)." : string.Empty;
        throw new ToolNotFoundException($"No {kind.Noun} with ID or exact name '{wanted}' in company '{call.Company}' ({rows.Count.ToString(CultureInfo.InvariantCulture)} checked).{hint} Pass an ID from the list tool.");
    }

    // IDs only: names are typed into Sage by people and other systems, and this server's sentences never carry them.
    private static string Describe(IEnumerable<JsonObject> rows) => string.Join(", ", rows.Select(r => (string?)r["id"]));

    private static async Task<IReadOnlyList<JsonObject>> LoadAsync(ToolCall call, ReferenceKind kind, CancellationToken cancellationToken)
    {
        var query = new IntacctQuery { Object = kind.Object, Fields = kind.Fields, OrderBy = [new IntacctOrderBy("id")], Start = 1, Size = IntacctQuery.MaxSize };
        var rows = new List<JsonObject>();
        await foreach (var row in call.Client.QueryAllAsync(query, 50_000, call.Request, cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private sealed record Entry(Lazy<Task<IReadOnlyList<JsonObject>>> Rows, DateTimeOffset LoadedAt);
}
