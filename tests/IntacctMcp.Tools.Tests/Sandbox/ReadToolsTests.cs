using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;
using static IntacctMcp.Server.Tests.EndToEnd.FiveQuestions;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>Every read tool through the in-process MCP client against the sandbox; answers checked against its exported records.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ReadToolsTests(SandboxFixture fixture)
{
    private static readonly string[] Buckets = ["current", "days1to30", "days31to60", "days61to90", "over90"];

    private ToolsHarness Tools => fixture.Tools;

    private IReadOnlyList<JsonObject> Export(string objectName) => fixture.Sandbox.ExportObjects(objectName);

    [Fact]
    public async Task TestConnection_Sandbox_NamesCompanyUserAndProbe()
    {
        var data = Structured(await Tools.CallAsync("test_connection"));

        Assert.Equal("DEMO", data.GetProperty("companyId").GetString());
        Assert.Equal("ai-api", data.GetProperty("userId").GetString());
        Assert.True(data.GetProperty("probeCount").GetInt32() > 0);
        Assert.True(data.GetProperty("isSandbox").GetBoolean());
    }

    [Fact]
    public async Task ListCompanies_TwoConfigured_MarksTheDefault()
    {
        var items = Structured(await Tools.CallAsync("list_companies")).GetProperty("items").EnumerateArray().ToList();

        Assert.Equal([SandboxFixture.Demo, SandboxFixture.Throttled], items.Select(i => i.GetProperty("name").GetString()).Order(StringComparer.Ordinal));
        Assert.True(items.Single(i => i.GetProperty("name").GetString() == SandboxFixture.Demo).GetProperty("isDefault").GetBoolean());
        Assert.All(items, i => Assert.Equal("DEMO", i.GetProperty("companyId").GetString()));
    }

    [Fact]
    public async Task ListVendors_OrderByTotalDueDesc_LargestBalancesFirst()
    {
        var expected = Export("accounts-payable/vendor").Select(v => Money(v["totalDue"])).OrderDescending().Take(5).ToList();

        var data = Structured(await Tools.CallAsync("list_vendors", new { orderBy = "totalDue desc", pageSize = 5 }));

        Assert.Equal(expected, data.GetProperty("items").EnumerateArray().Select(v => Money(v.GetProperty("totalDue"))));
        Assert.Equal(Export("accounts-payable/vendor").Count, data.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task GetBill_BillNumber_ReturnsBillWithLines()
    {
        var bill = Export("accounts-payable/bill").Where(b => !string.IsNullOrEmpty((string?)b["billNumber"])).OrderByDescending(b => b["lines"]!.AsArray().Count).First();

        var data = Structured(await Tools.CallAsync("get_bill", new { billNumber = (string)bill["billNumber"]! }));

        Assert.Equal((string?)bill["key"], data.GetProperty("key").GetString());
        Assert.Equal(SandboxData.Ref(bill, "vendor"), data.GetProperty("vendor").GetProperty("id").GetString());
        Assert.Equal(bill["lines"]!.AsArray().Count, data.GetProperty("lines").GetArrayLength());
        Assert.Equal(Money(bill["totalTxnAmountDue"]), Money(data.GetProperty("totalTxnAmountDue")));
    }

    [Fact]
    public async Task Query_SumOfAmountDueByState_MatchesBills()
    {
        var expected = Export("accounts-payable/bill").GroupBy(b => (string)b["state"]!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(b => Money(b["totalTxnAmountDue"])), StringComparer.Ordinal);

        var data = Structured(await Tools.CallAsync("query", new { @object = "accounts-payable/bill", fields = new[] { "state", "sum:totalTxnAmountDue" }, orderBy = "state" }));

        var rows = data.GetProperty("items").EnumerateArray().ToDictionary(r => r.GetProperty("state").GetString()!, r => Money(r.GetProperty("sum:totalTxnAmountDue")), StringComparer.Ordinal);
        Assert.True(expected.Count > 2);
        Assert.Equal(expected.OrderBy(p => p.Key, StringComparer.Ordinal), rows.OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task ListEntities_Sandbox_ListsEveryEntity()
    {
        var data = Structured(await Tools.CallAsync("list_entities"));

        Assert.Equal(["E100", "E200"], SandboxData.Ids(data));
        Assert.Equal("Headquarters", data.GetProperty("items")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task ListGlAccounts_Category_ListsThatCategorysAccounts()
    {
        var expected = Export("general-ledger/account").Where(a => (string?)a["category"] == "Operating Expenses").Select(a => (string)a["id"]!).Order(StringComparer.Ordinal).ToList();

        var data = Structured(await Tools.CallAsync("list_gl_accounts", new { category = "Operating Expenses", pageSize = 200 }));

        Assert.Contains("6100", expected);
        Assert.Equal(expected, SandboxData.Ids(data).Order(StringComparer.Ordinal));
        Assert.All(data.GetProperty("items").EnumerateArray(), a => Assert.Equal("Operating Expenses", a.GetProperty("category").GetString()));
    }

    [Fact]
    public async Task GetGlAccount_AccountNumber_ReturnsTheAccount()
    {
        var data = Structured(await Tools.CallAsync("get_gl_account", new { glAccount = "6100" }));

        Assert.Equal("6100", data.GetProperty("id").GetString());
        Assert.Equal("Repairs & Maintenance", data.GetProperty("name").GetString());
        Assert.Equal("Operating Expenses", data.GetProperty("category").GetString());
    }

    [Fact]
    public async Task GetVendor_ExactName_ReturnsFullRecordWithTotalDue()
    {
        var acme = Export("accounts-payable/vendor").Single(v => (string?)v["name"] == "Acme Maintenance");

        var data = Structured(await Tools.CallAsync("get_vendor", new { vendor = "acme maintenance" }));

        Assert.Equal((string?)acme["id"], data.GetProperty("id").GetString());
        Assert.Equal((string?)acme["key"], data.GetProperty("key").GetString());
        Assert.Equal(Money(acme["totalDue"]), Money(data.GetProperty("totalDue")));
        Assert.Equal(SandboxData.Ref(acme, "term"), data.GetProperty("term").GetProperty("id").GetString());
    }

    [Fact]
    public async Task GetCustomer_Id_ReturnsFullRecord()
    {
        var customer = Export("accounts-receivable/customer").OrderByDescending(c => Money(c["totalDue"])).First();

        var data = Structured(await Tools.CallAsync("get_customer", new { customer = (string)customer["id"]! }));

        Assert.Equal((string?)customer["name"], data.GetProperty("name").GetString());
        Assert.Equal(Money(customer["totalDue"]), Money(data.GetProperty("totalDue")));
    }

    [Fact]
    public async Task ListJournalEntries_JournalAndPeriod_ListsThoseHeaders()
    {
        var first = new DateOnly(Today.Year, Today.Month, 1).AddMonths(-1);
        var last = first.AddMonths(1).AddDays(-1);
        var expected = Export("general-ledger/journal-entry")
            .Where(e => SandboxData.Ref(e, "glJournal") == "GJ" && Date(e["postingDate"]) >= first && Date(e["postingDate"]) <= last)
            .Select(e => (string)e["id"]!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var data = Structured(await Tools.CallAsync("list_journal_entries", new { period = "last_month", journal = "GJ", pageSize = 1000 }));

        Assert.Equal(expected.Count, data.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected, SandboxData.Ids(data).Order(StringComparer.Ordinal));
        Assert.All(data.GetProperty("items").EnumerateArray(), e => Assert.Equal("GJ", e.GetProperty("glJournal.id").GetString()));
    }

    [Fact]
    public async Task GetJournalEntry_Id_ReturnsBalancedLines()
    {
        var entry = Export("general-ledger/journal-entry").Where(e => (string?)e["state"] == "posted").OrderByDescending(e => e["lines"]!.AsArray().Count).First();

        var data = Structured(await Tools.CallAsync("get_journal_entry", new { id = (string)entry["id"]! }));

        Assert.Equal((string?)entry["key"], data.GetProperty("key").GetString());
        var lines = data.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(entry["lines"]!.AsArray().Count, lines.Count);
        var debits = lines.Where(l => l.GetProperty("txnType").GetString() == "debit").Sum(l => Money(l.GetProperty("txnAmount")));
        var credits = lines.Where(l => l.GetProperty("txnType").GetString() == "credit").Sum(l => Money(l.GetProperty("txnAmount")));
        Assert.True(debits > 0);
        Assert.Equal(debits, credits);
    }

    [Fact]
    public async Task ListApPayments_Vendor_ListsThatVendorsPayments()
    {
        var payments = Export("accounts-payable/payment");
        var vendor = payments.GroupBy(p => SandboxData.Ref(p, "vendor")).OrderByDescending(g => g.Count()).First();

        var data = Structured(await Tools.CallAsync("list_ap_payments", new { vendor = vendor.Key, pageSize = 1000 }));

        Assert.Equal(vendor.Select(p => (string)p["id"]!).Order(StringComparer.Ordinal), SandboxData.Ids(data).Order(StringComparer.Ordinal));
        // Sage keeps a payment's total under txnCurrency; query rows are keyed by the requested path.
        Assert.Equal(vendor.Sum(p => Money(p["txnCurrency"]!["totalAmount"])), data.GetProperty("items").EnumerateArray().Sum(p => Money(p.GetProperty("txnCurrency.totalAmount"))));
    }

    [Fact]
    public async Task ListArPayments_DateRange_ListsPaymentsReceivedInIt()
    {
        var start = Today.AddDays(-90);
        var expected = Export("accounts-receivable/payment").Where(p => Date(p["paymentSummary"]!["receiptDate"]) >= start && Date(p["paymentSummary"]!["receiptDate"]) <= Today)
            .Select(p => (string)p["id"]!).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);

        var data = Structured(await Tools.CallAsync("list_ar_payments", new { startDate = start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), pageSize = 1000 }));

        Assert.Equal(expected, SandboxData.Ids(data).Order(StringComparer.Ordinal));
        var dates = data.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("paymentSummary.receiptDate").GetString()!).ToList();
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public async Task ListInvoices_OpenForCustomerByName_ListsItsOpenInvoices()
    {
        var invoices = Export("accounts-receivable/invoice");
        var customer = invoices.Where(SandboxData.IsOpen).GroupBy(i => SandboxData.Ref(i, "customer", "name")).OrderByDescending(g => g.Count()).First();

        var data = Structured(await Tools.CallAsync("list_invoices", new { openOnly = true, customer = customer.Key, pageSize = 1000 }));

        Assert.Equal(customer.Select(i => (string)i["id"]!).Order(StringComparer.Ordinal), SandboxData.Ids(data).Order(StringComparer.Ordinal));
        Assert.All(data.GetProperty("items").EnumerateArray(), i => Assert.True(Money(i.GetProperty("totalTxnAmountDue")) > 0));
    }

    [Fact]
    public async Task GetInvoice_InvoiceNumber_ReturnsInvoiceWithLines()
    {
        var invoice = Export("accounts-receivable/invoice").First(i => !string.IsNullOrEmpty((string?)i["invoiceNumber"]));

        var data = Structured(await Tools.CallAsync("get_invoice", new { invoiceNumber = (string)invoice["invoiceNumber"]! }));

        Assert.Equal((string?)invoice["key"], data.GetProperty("key").GetString());
        Assert.Equal(Money(invoice["totalTxnAmount"]), Money(data.GetProperty("totalTxnAmount")));
        Assert.Equal(invoice["lines"]!.AsArray().Count, data.GetProperty("lines").GetArrayLength());
        Assert.Equal(Money(invoice["totalTxnAmount"]), data.GetProperty("lines").EnumerateArray().Sum(l => Money(l.GetProperty("txnAmount"))));
    }

    [Fact]
    public async Task GetApAging_AllVendors_BucketsEveryOpenBill()
    {
        var expected = Aging(Export("accounts-payable/bill"), "vendor");

        var data = Structured(await Tools.CallAsync("get_ap_aging"));

        AssertAging(expected, data, "vendor");
        Assert.Contains(expected.Values, a => a[0] > 0);
        Assert.Contains(expected.Values, a => a.Skip(1).Any(x => x > 0));
    }

    [Fact]
    public async Task GetArAging_OneCustomer_BucketsItsOpenInvoices()
    {
        var invoices = Export("accounts-receivable/invoice");
        var customer = invoices.Where(SandboxData.IsOpen).GroupBy(i => SandboxData.Ref(i, "customer")!).OrderByDescending(g => g.Count()).First().Key;
        var expected = Aging(invoices.Where(i => SandboxData.Ref(i, "customer") == customer), "customer");

        var data = Structured(await Tools.CallAsync("get_ar_aging", new { customer }));

        AssertAging(expected, data, "customer");
        Assert.Equal(customer, Assert.Single(data.GetProperty("rows").EnumerateArray()).GetProperty("customer").GetString());
    }

    [Fact]
    public async Task CallSageEndpoint_GetObjectByKey_ReturnsTheRecord()
    {
        var vendor = Export("accounts-payable/vendor")[0];

        var data = Structured(await Tools.CallAsync("call_sage_endpoint", new { method = "GET", path = $"/objects/accounts-payable/vendor/{(string)vendor["key"]!}" }));

        Assert.Equal(200, data.GetProperty("status").GetInt32());
        Assert.Equal((string?)vendor["id"], data.GetProperty("ia::result").GetProperty("id").GetString());
        Assert.Equal((string?)vendor["name"], data.GetProperty("ia::result").GetProperty("name").GetString());
    }

    [Fact]
    public async Task CallSageEndpoint_PostQueryWithQueryString_IsAReadAndReturnsRows()
    {
        var body = new { @object = "general-ledger/account", fields = new[] { "id", "name" }, filters = new[] { new Dictionary<string, object> { ["$eq"] = new Dictionary<string, string> { ["id"] = "6100" } } } };

        var data = Structured(await Tools.CallAsync("call_sage_endpoint", new { method = "post", path = "services/core/query", body }));

        var row = Assert.Single(data.GetProperty("ia::result").EnumerateArray());
        Assert.Equal("Repairs & Maintenance", row.GetProperty("name").GetString());
        Assert.False(data.TryGetProperty("idempotencyKey", out _));
    }

    private static Dictionary<string, decimal[]> Aging(IEnumerable<JsonObject> documents, string party)
    {
        var aging = new Dictionary<string, decimal[]>(StringComparer.Ordinal);
        foreach (var document in documents.Where(SandboxData.IsOpen))
        {
            var id = SandboxData.Ref(document, party)!;
            var amounts = aging.TryGetValue(id, out var existing) ? existing : aging[id] = new decimal[Buckets.Length];
            amounts[SandboxData.Bucket(Today, Date(document["dueDate"]))] += Money(document["totalTxnAmountDue"]);
        }

        return aging;
    }

    private static void AssertAging(Dictionary<string, decimal[]> expected, JsonElement data, string party)
    {
        Assert.NotEmpty(expected);
        var rows = data.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty(party).GetString()!, r => r, StringComparer.Ordinal);
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var (id, amounts) in expected)
        {
            Assert.Equal(amounts, Buckets.Select(b => Money(rows[id].GetProperty(b))));
            Assert.Equal(amounts.Sum(), Money(rows[id].GetProperty("total")));
        }

        Assert.Equal(expected.Values.Sum(a => a.Sum()), Money(data.GetProperty("totals").GetProperty("total")));
    }
}
