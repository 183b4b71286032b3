using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The five product questions against the sandbox over loopback HTTP; expected answers come from the sandbox's exported records, not from the query engine.</summary>
public sealed class FiveQuestionsTests : IAsyncLifetime
{
    private SandboxServer _sandbox = null!;
    private ToolsHarness _tools = null!;

    public async ValueTask InitializeAsync()
    {
        _sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, TestContext.Current.CancellationToken);
        _tools = await ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o => o.Companies["demo"] = new IntacctCompanyOptions
            {
                ClientId = SandboxDemo.ClientId,
                ClientSecret = SandboxDemo.ClientSecret,
                Username = SandboxDemo.Username,
                BaseUrl = _sandbox.ApiBaseUrl.ToString(),
                IsSandbox = true,
            }),
            o => o.AllowWrites = true,
            cancellationToken: TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _tools.DisposeAsync();
        await _sandbox.DisposeAsync();
    }

    private static DateOnly Today => DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);

    private static decimal Money(JsonNode? node) => node is null ? 0 : decimal.Parse(node.ToString(), CultureInfo.InvariantCulture);

    private static DateOnly Date(JsonNode? node) => DateOnly.ParseExact(node!.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task ListBills_OpenOver5000DueIn30Days_MatchesSandbox()
    {
        var expected = _sandbox.ExportObjects("accounts-payable/bill")
            .Where(b => (string?)b["state"] is "posted" or "partiallyPaid" && Money(b["totalTxnAmountDue"]) > 5000 && Date(b["dueDate"]) >= Today && Date(b["dueDate"]) <= Today.AddDays(30))
            .Select(b => (string)b["id"]!).Order(StringComparer.Ordinal).ToList();

        var result = await _tools.CallAsync("list_bills", new { openOnly = true, minAmountDue = 5000, dueWithinDays = 30, pageSize = 1000 });

        Assert.True(result.IsError != true, ToolsHarness.Text(result));
        var ids = ToolsHarness.Structured(result).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task SummarizeJournalEntries_ByDepartmentLastMonth_MatchesSandbox()
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var expected = new SortedDictionary<string, (decimal Debit, decimal Credit)>(StringComparer.Ordinal);
        foreach (var entry in _sandbox.ExportObjects("general-ledger/journal-entry").Where(e => (string?)e["state"] == "posted" && Date(e["postingDate"]) >= first && Date(e["postingDate"]) <= last))
        {
            foreach (var line in entry["lines"]!.AsArray().OfType<JsonObject>())
            {
                var department = (string?)line["dimensions"]?["department"]?["id"] ?? "(none)";
                var current = expected.GetValueOrDefault(department);
                var amount = Money(line["txnAmount"]);
                expected[department] = (string?)line["txnType"] == "debit" ? (current.Debit + amount, current.Credit) : (current.Debit, current.Credit + amount);
            }
        }

        var result = await _tools.CallAsync("summarize_journal_entries", new { groupBy = "department", period = "last_month" });

        Assert.True(result.IsError != true, ToolsHarness.Text(result));
        var rows = ToolsHarness.Structured(result).GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("department").GetString()!, r => (r.GetProperty("debit").GetDecimal(), r.GetProperty("credit").GetDecimal()));
        Assert.Equal(expected.Count, rows.Count);
        foreach (var (department, totals) in expected)
        {
            Assert.Equal(totals, rows[department]);
        }
    }

    [Fact]
    public async Task CreateBill_AcmeMaintenance1250On6100_CreatesOneLineBill()
    {
        var acme = _sandbox.ExportObjects("accounts-payable/vendor").Single(v => (string?)v["name"] == "Acme Maintenance");
        var before = _sandbox.ExportObjects("accounts-payable/bill").Count;

        var preview = await _tools.CallAsync("create_bill", new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100", dryRun = true });
        Assert.True(preview.IsError != true, ToolsHarness.Text(preview));
        Assert.Equal(before, _sandbox.ExportObjects("accounts-payable/bill").Count);
        var body = ToolsHarness.Structured(preview).GetProperty("body");
        Assert.Equal((string)acme["id"]!, body.GetProperty("vendor").GetProperty("id").GetString());
        var line = Assert.Single(body.GetProperty("lines").EnumerateArray());
        Assert.Equal("1250.00", line.GetProperty("txnAmount").GetString());
        Assert.Equal("6100", line.GetProperty("glAccount").GetProperty("id").GetString());

        var created = await _tools.CallAsync("create_bill", new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100" });

        Assert.True(created.IsError != true, ToolsHarness.Text(created));
        var key = ToolsHarness.Structured(created).GetProperty("key").GetString();
        var bill = _sandbox.ExportObjects("accounts-payable/bill").Single(b => (string?)b["key"] == key);
        Assert.Equal((string)acme["id"]!, (string?)bill["vendor"]?["id"]);
        Assert.Equal(1250m, Money(bill["totalTxnAmount"]));
    }

    [Fact]
    public async Task GetTrialBalance_Q1ByCategory_MatchesSandboxAndBalances()
    {
        var start = new DateOnly(Today.Year, 1, 1);
        var end = new DateOnly(Today.Year, 3, 31);
        var categories = _sandbox.ExportObjects("general-ledger/account").ToDictionary(a => (string)a["id"]!, a => (string?)a["category"] ?? "(none)");
        var expected = new SortedDictionary<string, (decimal Debit, decimal Credit)>(StringComparer.Ordinal);
        foreach (var entry in _sandbox.ExportObjects("general-ledger/journal-entry").Where(e => (string?)e["state"] == "posted" && Date(e["postingDate"]) >= start && Date(e["postingDate"]) <= end))
        {
            foreach (var line in entry["lines"]!.AsArray().OfType<JsonObject>())
            {
                var category = categories[(string)line["glAccount"]!["id"]!];
                var current = expected.GetValueOrDefault(category);
                var amount = Money(line["txnAmount"]);
                expected[category] = (string?)line["txnType"] == "debit" ? (current.Debit + amount, current.Credit) : (current.Debit, current.Credit + amount);
            }
        }

        var result = await _tools.CallAsync("get_trial_balance", new { period = "Q1", groupBy = "category" });

        Assert.True(result.IsError != true, ToolsHarness.Text(result));
        var data = ToolsHarness.Structured(result);
        var rows = data.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("category").GetString()!, r => (r.GetProperty("debit").GetDecimal(), r.GetProperty("credit").GetDecimal()));
        foreach (var (category, totals) in expected.Where(e => e.Value.Debit != 0 || e.Value.Credit != 0))
        {
            Assert.Equal(totals, rows[category]);
        }

        var totalsNode = data.GetProperty("totals");
        Assert.Equal(totalsNode.GetProperty("debit").GetDecimal(), totalsNode.GetProperty("credit").GetDecimal());
        Assert.True(totalsNode.GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task ListCustomers_Top10ByTotalDue_MatchesSandbox()
    {
        var expected = _sandbox.ExportObjects("accounts-receivable/customer")
            .OrderByDescending(c => Money(c["totalDue"])).Take(10).Select(c => Money(c["totalDue"])).ToList();

        var result = await _tools.CallAsync("list_customers", new { orderBy = "totalDue desc", pageSize = 10 });

        Assert.True(result.IsError != true, ToolsHarness.Text(result));
        var dues = ToolsHarness.Structured(result).GetProperty("items").EnumerateArray()
            .Select(i => i.GetProperty("totalDue").ValueKind == JsonValueKind.String ? decimal.Parse(i.GetProperty("totalDue").GetString()!, CultureInfo.InvariantCulture) : i.GetProperty("totalDue").GetDecimal()).ToList();
        Assert.Equal(expected, dues);
    }
}
