using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// The five product questions exactly as an assistant asks them, and checks of the answers against expectations
/// computed independently from the sandbox's exported records (never through its query engine).
/// </summary>
/// <remarks>Shared source: the tools tests link this file, so the in-process and end-to-end runs check the same things.</remarks>
internal static class FiveQuestions
{
    /// <summary>"List all open AP bills over $5,000 due in the next 30 days."</summary>
    public static IReadOnlyDictionary<string, object?> ListBills { get; } = new Dictionary<string, object?>
    {
        ["openOnly"] = true,
        ["minAmountDue"] = 5000,
        ["dueWithinDays"] = 30,
    };

    /// <summary>"Show me the journal entry totals by department for last month."</summary>
    public static IReadOnlyDictionary<string, object?> SummarizeByDepartment { get; } = new Dictionary<string, object?>
    {
        ["groupBy"] = "department",
        ["period"] = "last_month",
    };

    /// <summary>"Create a vendor bill for Acme Maintenance for $1,250 against GL account 6100."</summary>
    public static IReadOnlyDictionary<string, object?> CreateBill { get; } = new Dictionary<string, object?>
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = 1250,
        ["glAccount"] = "6100",
    };

    /// <summary>"Pull the trial balance for Q1 by account category."</summary>
    public static IReadOnlyDictionary<string, object?> TrialBalance { get; } = new Dictionary<string, object?>
    {
        ["period"] = "Q1",
        ["groupBy"] = "category",
    };

    /// <summary>"Who are our top 10 customers by outstanding invoice balance?"</summary>
    public static IReadOnlyDictionary<string, object?> TopCustomers { get; } = new Dictionary<string, object?>
    {
        ["orderBy"] = "totalDue desc",
        ["pageSize"] = 10,
    };

    /// <summary>Gets today as the tools see it (the local date).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    /// <summary>Checks list_bills: open (posted or partially paid) bills with more than 5,000 due, due from today through today + 30, first page in due-date order.</summary>
    public static void CheckListBills(SandboxServer sandbox, CallToolResult result)
    {
        var today = Today;
        var expected = sandbox.ExportObjects("accounts-payable/bill")
            .Where(b => (string?)b["state"] is "posted" or "partiallyPaid"
                && Money(b["totalTxnAmountDue"]) > 5000
                && Date(b["dueDate"]) >= today
                && Date(b["dueDate"]) <= today.AddDays(30))
            .OrderBy(b => Date(b["dueDate"]))
            .ThenBy(b => (string?)b["id"], StringComparer.Ordinal)
            .Select(b => (string)b["id"]!)
            .ToList();
        Assert.NotEmpty(expected);

        var data = Structured(result);
        var ids = data.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).ToList();
        Assert.Equal(expected.Count, data.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Take(ids.Count), ids);
        Assert.Equal(Math.Min(expected.Count, 25), ids.Count);
    }

    /// <summary>Checks summarize_journal_entries by department for last month: debit and credit totals of posted lines per department.</summary>
    public static void CheckSummarizeByDepartment(SandboxServer sandbox, CallToolResult result)
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var expected = LineTotals(sandbox, first, last, line => (string?)line["dimensions"]?["department"]?["id"] ?? "(none)");
        Assert.NotEmpty(expected);

        var data = Structured(result);
        Assert.Equal(Text(first), data.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(Text(last), data.GetProperty("period").GetProperty("end").GetString());
        var rows = data.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("department").GetString()!, r => (Money(r.GetProperty("debit")), Money(r.GetProperty("credit"))), StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (department, totals) in expected)
        {
            Assert.Equal((totals.Debit, totals.Credit), rows[department]);
        }
    }

    /// <summary>Checks create_bill: one bill for the vendor named Acme Maintenance with one line of 1,250.00 on account 6100.</summary>
    /// <returns>The new bill's key.</returns>
    public static string CheckCreateBill(SandboxServer sandbox, CallToolResult result)
    {
        var acme = sandbox.ExportObjects("accounts-payable/vendor").Single(v => (string?)v["name"] == "Acme Maintenance");
        var key = Structured(result).GetProperty("key").GetString();
        var bill = sandbox.ExportObjects("accounts-payable/bill").Single(b => (string?)b["key"] == key);
        Assert.Equal((string?)acme["id"], (string?)bill["vendor"]?["id"]);
        Assert.Equal(1250m, Money(bill["totalTxnAmount"]));
        var line = Assert.Single(bill["lines"]!.AsArray().OfType<JsonObject>());
        Assert.Equal("6100", (string?)line["glAccount"]?["id"]);
        Assert.Equal(1250m, Money(line["txnAmount"]));
        return key!;
    }

    /// <summary>Checks the trial balance for Q1 by category: period activity and balance at March 31 per category; debits equal credits.</summary>
    public static void CheckTrialBalance(SandboxServer sandbox, CallToolResult result)
    {
        var start = new DateOnly(Today.Year, 1, 1);
        var end = new DateOnly(Today.Year, 3, 31);
        var categories = sandbox.ExportObjects("general-ledger/account").ToDictionary(a => (string)a["id"]!, a => (string?)a["category"] ?? "(none)", StringComparer.Ordinal);
        string Category(JsonObject line) => categories[(string)line["glAccount"]!["id"]!];
        var activity = LineTotals(sandbox, start, end, Category);
        var balances = LineTotals(sandbox, DateOnly.MinValue, end, Category);
        Assert.NotEmpty(activity);

        var data = Structured(result);
        Assert.Equal(Text(start), data.GetProperty("period").GetProperty("start").GetString());
        Assert.Equal(Text(end), data.GetProperty("period").GetProperty("end").GetString());
        var rows = data.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("category").GetString()!, r => r, StringComparer.Ordinal);
        var expectedCategories = balances.Where(b => b.Value.Debit - b.Value.Credit != 0).Select(b => b.Key)
            .Union(activity.Where(a => a.Value.Debit != 0 || a.Value.Credit != 0).Select(a => a.Key))
            .Order(StringComparer.Ordinal);
        Assert.Equal(expectedCategories, rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (category, row) in rows)
        {
            var period = activity.GetValueOrDefault(category);
            var total = balances.GetValueOrDefault(category);
            Assert.Equal(period.Debit, Money(row.GetProperty("debit")));
            Assert.Equal(period.Credit, Money(row.GetProperty("credit")));
            Assert.Equal(total.Debit - total.Credit, Money(row.GetProperty("balance")));
        }

        var totals = data.GetProperty("totals");
        Assert.Equal(activity.Values.Sum(v => v.Debit), Money(totals.GetProperty("debit")));
        Assert.Equal(Money(totals.GetProperty("debit")), Money(totals.GetProperty("credit")));
        Assert.True(totals.GetProperty("balanced").GetBoolean());
    }

    /// <summary>Checks the top 10 customers by amount still due, highest first.</summary>
    public static void CheckTopCustomers(SandboxServer sandbox, CallToolResult result)
    {
        var customers = sandbox.ExportObjects("accounts-receivable/customer").ToDictionary(c => (string)c["id"]!, c => Money(c["totalDue"]), StringComparer.Ordinal);
        var expected = customers.Values.OrderDescending().Take(10).ToList();
        Assert.Contains(expected, due => due > 0);

        var items = Structured(result).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(expected, items.Select(i => Money(i.GetProperty("totalDue"))));

        // Ties make the order of equal balances arbitrary; each row must still be the customer it names.
        Assert.All(items, i => Assert.Equal(customers[i.GetProperty("id").GetString()!], Money(i.GetProperty("totalDue"))));
    }

    /// <summary>Gets the structured content of a successful result.</summary>
    public static JsonElement Structured(CallToolResult result)
    {
        var text = string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
        Assert.True(result.IsError != true, text);
        return result.StructuredContent ?? throw new InvalidOperationException("No structured content: " + text);
    }

    /// <summary>Reads a decimal written as a JSON string or number.</summary>
    public static decimal Money(JsonNode? node) => node is null ? 0 : decimal.Parse(node.ToString(), CultureInfo.InvariantCulture);

    /// <summary>Reads a decimal written as a JSON string or number.</summary>
    public static decimal Money(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? decimal.Parse(element.GetString()!, CultureInfo.InvariantCulture) : element.GetDecimal();

    /// <summary>Reads a yyyy-mm-dd date.</summary>
    public static DateOnly Date(JsonNode? node) => DateOnly.ParseExact(node!.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Debit and credit totals of the lines of posted journal entries with a posting date in a range, per group.</summary>
    public static Dictionary<string, (decimal Debit, decimal Credit)> LineTotals(SandboxServer sandbox, DateOnly first, DateOnly last, Func<JsonObject, string> group)
    {
        var totals = new Dictionary<string, (decimal Debit, decimal Credit)>(StringComparer.Ordinal);
        var entries = sandbox.ExportObjects("general-ledger/journal-entry")
            .Where(e => (string?)e["state"] == "posted" && Date(e["postingDate"]) >= first && Date(e["postingDate"]) <= last);
        foreach (var entry in entries)
        {
            foreach (var line in entry["lines"]!.AsArray().OfType<JsonObject>())
            {
                var key = group(line);
                var current = totals.GetValueOrDefault(key);
                var amount = Money(line["txnAmount"]);
                totals[key] = (string?)line["txnType"] == "debit" ? (current.Debit + amount, current.Credit) : (current.Debit, current.Credit + amount);
            }
        }

        return totals;
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
