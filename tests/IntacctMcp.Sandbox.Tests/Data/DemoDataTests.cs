using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Data;

public sealed class DemoDataTests(FixedDateSandboxFixture fixture) : IClassFixture<FixedDateSandboxFixture>
{
    private static readonly DateOnly Today = FixedDateSandboxFixture.Today;

    [Fact]
    public void Volumes_MatchTheDemoCompanyDescription()
    {
        Assert.InRange(Export("general-ledger/account").Count, 55, 70);
        Assert.Equal(40, Export("accounts-payable/vendor").Count);
        Assert.Equal(300, Export("accounts-payable/bill").Count);
        Assert.Equal(50, Export("accounts-receivable/customer").Count);
        Assert.Equal(400, Export("accounts-receivable/invoice").Count);
        Assert.True(Export("general-ledger/journal-entry").Count(e => e["glJournal"]!["id"]!.GetValue<string>() is "GJ" or "PYJ") >= 200);
        Assert.Single(Export("accounts-payable/vendor"), v => v["name"]!.GetValue<string>() == "Acme Maintenance");
        var repairs = Assert.Single(Export("general-ledger/account"), a => a["id"]!.GetValue<string>() == "6100");
        Assert.Equal("Repairs & Maintenance", repairs["name"]!.GetValue<string>());
    }

    [Fact]
    public void Bills_ExistInEveryState()
    {
        var states = Export("accounts-payable/bill").Select(b => b["state"]!.GetValue<string>()).ToHashSet();

        Assert.Superset(new HashSet<string> { "draft", "submitted", "posted", "partiallyPaid", "paid", "reversed" }, states);
    }

    [Fact]
    public void JournalEntries_AreBalanced()
    {
        foreach (var entry in Export("general-ledger/journal-entry"))
        {
            var lines = entry["lines"]!.AsArray();
            Assert.True(lines.Count >= 2);
            Assert.Equal(Sum(lines, "debit"), Sum(lines, "credit"));
        }
    }

    [Fact]
    public void BillAndInvoiceTotals_EqualLinesLessPayments()
    {
        AssertDocumentTotals("accounts-payable/bill", "accounts-payable/payment-detail", "bill");
        AssertDocumentTotals("accounts-receivable/invoice", "accounts-receivable/payment-detail", "arInvoice");
    }

    [Fact]
    public void PartyTotalDue_IsTheSumOfOpenDocumentsDue()
    {
        AssertPartyTotals("accounts-payable/vendor", "accounts-payable/bill", "vendor");
        AssertPartyTotals("accounts-receivable/customer", "accounts-receivable/invoice", "customer");
    }

    [Fact]
    public void ControlAccounts_AgreeWithOpenDocuments()
    {
        var posted = Export("general-ledger/journal-entry").Where(e => e["state"]!.GetValue<string>() == "posted").SelectMany(e => e["lines"]!.AsArray()).ToList();
        decimal Balance(string account) => posted.Where(l => l!["glAccount"]!["id"]!.GetValue<string>() == account)
            .Sum(l => l!["txnType"]!.GetValue<string>() == "debit" ? Amount(l["txnAmount"]) : -Amount(l["txnAmount"]));
        decimal OpenDue(string objectName) => Export(objectName).Where(IsOpen).Sum(d => Amount(d["totalTxnAmountDue"]));

        Assert.Equal(OpenDue("accounts-payable/bill"), -Balance("2000"));
        Assert.Equal(OpenDue("accounts-receivable/invoice"), Balance("1200"));
    }

    [Fact]
    public void EveryMonthOfTheLastTwelve_HasLinesForAllThreeDepartments()
    {
        var lines = Export("general-ledger/journal-entry-line");
        var start = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-11);
        for (var month = start; month <= Today; month = month.AddMonths(1))
        {
            var departments = lines.Where(l => Date(l["entryDate"]) is var d && d.Year == month.Year && d.Month == month.Month)
                .Select(l => l["dimensions"]!["department"]!["id"]!.GetValue<string>()).ToHashSet();
            Assert.Equal(["FIN", "OPS", "SALES"], departments.Order());
        }

        Assert.Contains(lines, l => Date(l["entryDate"]) < start);
        Assert.Contains(lines, l => Date(l["entryDate"]) is var d && d.Year == Today.Year && d.Month <= 3);
        Assert.All(lines, l => Assert.Null(l["entity"]));
    }

    [Fact]
    public async Task OpenBillsOver5000DueInNext30Days_AreTheEightPlacedOnes()
    {
        var expected = Export("accounts-payable/bill")
            .Where(b => IsOpen(b) && Amount(b["totalTxnAmountDue"]) > 5000m && Date(b["dueDate"]) >= Today && Date(b["dueDate"]) <= Today.AddDays(30))
            .Select(b => b["key"]!.GetValue<string>()).Order().ToList();

        var result = await fixture.Client.QueryAsync(JsonNode.Parse($$"""
            { "object": "accounts-payable/bill", "fields": ["key", "vendor.name", "totalTxnAmountDue", "dueDate"],
              "filters": [ { "$in": { "state": ["posted", "partiallyPaid"] } }, { "$gt": { "totalTxnAmountDue": "5000" } },
                           { "$between": { "dueDate": ["{{Iso(Today)}}", "{{Iso(Today.AddDays(30))}}"] } } ] }
            """)!);

        Assert.Equal(8, expected.Count);
        Assert.Equal(expected, result.Rows.Select(r => r!["key"]!.GetValue<string>()).Order());
        Assert.Contains(result.Rows, r => r!["vendor.name"]!.GetValue<string>() == "Acme Maintenance");
    }

    [Fact]
    public void TopElevenCustomersByBalance_HaveDistinctBalances()
    {
        var top = Export("accounts-receivable/customer").Select(c => Amount(c["totalDue"])).OrderDescending().Take(11).ToList();

        Assert.Equal(11, top.Distinct().Count());
        Assert.All(top, t => Assert.True(t > 0));
    }

    [Fact]
    public async Task SameSeedAndDate_GiveTheSameData_OtherSeedDiffers()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
        await using var same = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock }, TestContext.Current.CancellationToken);
        await using var other = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, Seed = 99 }, TestContext.Current.CancellationToken);

        Assert.Equal(Json(fixture.Server.ExportObjects("accounts-payable/bill")), Json(same.ExportObjects("accounts-payable/bill")));
        Assert.NotEqual(Json(fixture.Server.ExportObjects("accounts-payable/bill")), Json(other.ExportObjects("accounts-payable/bill")));
    }

    private void AssertDocumentTotals(string objectName, string detailObject, string documentRef)
    {
        var paid = Export(detailObject).GroupBy(d => d[documentRef]!["key"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Sum(d => Amount(d["txnCurrency"]!["paymentAmount"])));
        foreach (var document in Export(objectName))
        {
            var total = document["lines"]!.AsArray().Sum(l => Amount(l!["txnAmount"]));
            Assert.Equal(total, Amount(document["totalTxnAmount"]));
            Assert.Equal(total - paid.GetValueOrDefault(document["key"]!.GetValue<string>()), Amount(document["totalTxnAmountDue"]));
        }
    }

    private void AssertPartyTotals(string partyObject, string documentObject, string partyRef)
    {
        var due = Export(documentObject).Where(IsOpen)
            .GroupBy(d => d[partyRef]!["id"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Sum(d => Amount(d["totalTxnAmountDue"])));
        foreach (var party in Export(partyObject))
        {
            Assert.Equal(due.GetValueOrDefault(party["id"]!.GetValue<string>()), Amount(party["totalDue"]));
        }
    }

    private IReadOnlyList<JsonObject> Export(string objectName) => fixture.Server.ExportObjects(objectName);

    private static bool IsOpen(JsonObject document) =>
        document["state"]!.GetValue<string>() is "posted" or "partiallyPaid" && Amount(document["totalTxnAmountDue"]) > 0;

    private static decimal Sum(JsonArray lines, string type) =>
        lines.Where(l => l!["txnType"]!.GetValue<string>() == type).Sum(l => Amount(l!["txnAmount"]));

    private static decimal Amount(JsonNode? node) =>
        node!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? node.GetValue<decimal>() : decimal.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture);

    private static DateOnly Date(JsonNode? node) => DateOnly.ParseExact(node!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Json(IReadOnlyList<JsonObject> records) => string.Join('\n', records.Select(r => r.ToJsonString()));
}
