using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Writes;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Querying;

/// <summary>AP/AR aging: open amounts due per vendor or customer in buckets by days past due (one aggregate query).</summary>
internal static class AgingReport
{
    private const string Sum = "sum:totalTxnAmountDue";
    private static readonly string[] Buckets = ["current", "days1to30", "days31to60", "days61to90", "over90"];

    /// <summary>Builds the aging.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="spec">Bills or invoices.</param>
    /// <param name="party">An optional vendor or customer ID or exact name.</param>
    /// <param name="asOf">The day ages are counted to.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The result.</returns>
    public static async Task<CallToolResult> BuildAsync(ToolCall call, OpenItemSpec spec, string? party, DateOnly asOf, CancellationToken cancellationToken)
    {
        var filters = OpenItemQuery.Filters(spec, new OpenItemFilter(true, null, null, null, null, null, party), asOf);
        var query = new IntacctQuery
        {
            Object = spec.Object,
            Fields = [spec.Party + ".id", spec.Party + ".name", "dueDate", Sum],
            Filters = filters.Filters,
            FilterExpression = filters.Expression,
            Start = 1,
            Size = IntacctQuery.MaxSize,
        };

        var parties = new Dictionary<string, (string? Name, decimal[] Amounts)>(StringComparer.Ordinal);
        await foreach (var row in call.Client.QueryAllAsync(query, 100_000, call.Request, cancellationToken))
        {
            var id = Rows.Text(row, spec.Party + ".id") ?? "(none)";
            var entry = parties.TryGetValue(id, out var existing) ? existing : (Rows.Text(row, spec.Party + ".name"), new decimal[Buckets.Length]);
            entry.Item2[Bucket(asOf, Rows.Text(row, "dueDate"))] += Rows.Aggregate(row, Sum);
            parties[id] = entry;
        }

        var ordered = parties.OrderByDescending(p => p.Value.Amounts.Sum()).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var items = new JsonArray();
        foreach (var (id, value) in ordered)
        {
            var item = new JsonObject { [spec.Party] = id, ["name"] = value.Name };
            for (var i = 0; i < Buckets.Length; i++)
            {
                item[Buckets[i]] = Rows.Money(value.Amounts[i]);
            }

            item["total"] = Rows.Money(value.Amounts.Sum());
            items.Add(item);
        }

        var totals = new JsonObject();
        for (var i = 0; i < Buckets.Length; i++)
        {
            totals[Buckets[i]] = Rows.Money(ordered.Sum(p => p.Value.Amounts[i]));
        }

        var total = ordered.Sum(p => p.Value.Amounts.Sum());
        totals["total"] = Rows.Money(total);
        var data = new JsonObject { ["asOfDate"] = ArgumentParser.Format(asOf), ["rows"] = items, ["totals"] = totals };
        var header = string.Create(CultureInfo.InvariantCulture, $"{(spec.Party == "vendor" ? "AP" : "AR")} aging as of {ArgumentParser.Format(asOf)} (days past due date): {ordered.Count} {spec.Party}(s), total due {Amounts.Format(total)}.");
        return ToolResults.Object(header, data, call.Budget);
    }

    private static int Bucket(DateOnly asOf, string? dueDate)
    {
        if (!DateOnly.TryParseExact(dueDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due))
        {
            return 0;
        }

        var late = asOf.DayNumber - due.DayNumber;
        return late switch
        {
            <= 0 => 0,
            <= 30 => 1,
            <= 60 => 2,
            <= 90 => 3,
            _ => 4,
        };
    }
}
