using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Objects;

public sealed class ObjectWriteTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, TestContext.Current.CancellationToken);
        _client = await SandboxClient.ConnectAsync(_server);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task CreateBill_ForAcme_IsVisibleAndUpdatesVendorTotalDue()
    {
        var before = await VendorTotalDue("V1004");

        var created = await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(1250m));
        var key = created.Result["key"]!.GetValue<string>();
        var bill = await _client.GetAsync("objects/accounts-payable/bill/" + key);
        var queried = await _client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key", "totalTxnAmountDue" }, filters = new[] { Filter("$eq", "key", key) } });

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("/objects/accounts-payable/bill/" + key, created.Result["href"]!.GetValue<string>());
        Assert.Equal("posted", bill.Result["state"]!.GetValue<string>());
        Assert.Equal("1250.00", bill.Result["totalTxnAmountDue"]!.GetValue<string>());
        Assert.Equal("6100", bill.Result["lines"]![0]!["glAccount"]!["id"]!.GetValue<string>());
        Assert.Equal("2026-12-22", bill.Result["dueDate"]!.GetValue<string>());
        Assert.Equal("1250.00", Assert.Single(queried.Rows)!["totalTxnAmountDue"]!.GetValue<string>());
        Assert.Equal(before + 1250m, await VendorTotalDue("V1004"));
        Assert.Equal(1, _server.Control.GetCounters().RecordsCreated);
    }

    [Fact]
    public async Task CreateBill_WithUnknownAccount_Answers400WithLineTarget()
    {
        var body = AcmeBill(10m);
        body["lines"]![0]!["glAccount"] = new JsonObject { ["id"] = "9999" };

        var result = await _client.PostAsync("objects/accounts-payable/bill", body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("lines[0].glAccount", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateJournalEntry_Unbalanced_Answers422()
    {
        var result = await _client.PostAsync("objects/general-ledger/journal-entry", JsonNode.Parse("""
            { "glJournal": {"id":"GJ"}, "postingDate":"2026-06-30", "description":"Accrual",
              "lines":[ {"glAccount":{"id":"6000"},"txnType":"debit","txnAmount":"100.00"},
                        {"glAccount":{"id":"2000"},"txnType":"credit","txnAmount":"90.00"} ] }
            """)!);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
        Assert.Equal("lines", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task BatchCreate_WithOneBadItem_Answers207InInputOrder()
    {
        var result = await _client.PostAsync("objects/accounts-payable/vendor", new JsonArray(
            new JsonObject { ["name"] = "First New Vendor" },
            new JsonObject { ["id"] = "V1004", ["name"] = "Duplicate id" },
            new JsonObject { ["name"] = "Third New Vendor" }));

        Assert.Equal(HttpStatusCode.MultiStatus, result.Status);
        Assert.NotNull(result.Rows[0]!["key"]);
        Assert.NotNull(result.Rows[1]!["ia::error"]);
        Assert.NotNull(result.Rows[2]!["key"]);
        Assert.Equal(2, result.Meta["totalSuccess"]!.GetValue<int>());
        Assert.Equal(1, result.Meta["totalError"]!.GetValue<int>());
        Assert.Equal(2, _server.Control.GetCounters().RecordsCreated);
    }

    [Fact]
    public async Task BatchCreate_AsTransactionWithOneBadItem_CommitsNothing()
    {
        var vendorsBefore = _server.ExportObjects("accounts-payable/vendor").Count;

        var result = await _client.PostAsync("objects/accounts-payable/vendor", new JsonArray(
            new JsonObject { ["name"] = "Atomic One" },
            new JsonObject { ["id"] = "V1004", ["name"] = "Duplicate id" }),
            headers: new Dictionary<string, string> { ["X-IA-API-Param-Transaction"] = "true" });

        Assert.Equal(HttpStatusCode.Conflict, result.Status);
        Assert.Equal("unprocessed", result.Rows[0]!["ia::error"]!["code"]!.GetValue<string>());
        Assert.Equal(vendorsBefore, _server.ExportObjects("accounts-payable/vendor").Count);
    }

    [Fact]
    public async Task BatchCreate_Over500_IsRejected()
    {
        var items = new JsonArray([.. Enumerable.Range(0, 501).Select(i => (JsonNode?)new JsonObject { ["name"] = "V" + i })]);

        var result = await _client.PostAsync("objects/accounts-payable/vendor", items);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    [Fact]
    public async Task IdempotencyKey_ReplaysFirstResponseAndRefusesOtherBody()
    {
        var headers = new Dictionary<string, string> { ["Idempotency-Key"] = "bill-acme-1" };

        var first = await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(300m), headers: headers);
        var replay = await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(300m), headers: headers);
        var conflict = await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(301m), headers: headers);

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Equal(HttpStatusCode.Created, replay.Status);
        Assert.Equal(first.Result["key"]!.GetValue<string>(), replay.Result["key"]!.GetValue<string>());
        Assert.NotNull(replay.Header("x-ia-idempotency-cached-date"));
        Assert.Equal(HttpStatusCode.Conflict, conflict.Status);
        Assert.Equal(1, _server.Control.GetCounters().RecordsCreated);
    }

    [Fact]
    public async Task Patch_ChangesFieldsAndLines_ThenDeleteRemovesTheRecord()
    {
        var key = (await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(500m))).Result["key"]!.GetValue<string>();
        var lineKey = (await _client.GetAsync("objects/accounts-payable/bill/" + key)).Result["lines"]![0]!["key"]!.GetValue<string>();

        var patched = await _client.PatchAsync("objects/accounts-payable/bill/" + key, JsonNode.Parse($$"""
            { "description": "Changed", "lines": [ { "key": "{{lineKey}}", "txnAmount": "650.00" }, { "glAccount": {"id": "6150"}, "txnAmount": "50.00" } ] }
            """)!);
        var after = await _client.GetAsync("objects/accounts-payable/bill/" + key);
        var deleted = await _client.DeleteAsync("objects/accounts-payable/bill/" + key);
        var gone = await _client.GetAsync("objects/accounts-payable/bill/" + key);

        Assert.Equal(HttpStatusCode.OK, patched.Status);
        Assert.Equal("Changed", after.Result["description"]!.GetValue<string>());
        Assert.Equal("700.00", after.Result["totalTxnAmountDue"]!.GetValue<string>());
        Assert.Equal(2, after.Result["lines"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.NoContent, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
    }

    [Fact]
    public async Task PatchBillState_IsRefused()
    {
        var result = await _client.PatchAsync("objects/accounts-payable/bill/1", new { state = "paid" });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("state", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task Payment_ReducesBillDueAndVendorTotal_AndCannotOverpay()
    {
        var key = (await _client.PostAsync("objects/accounts-payable/bill", AcmeBill(800m))).Result["key"]!.GetValue<string>();
        var vendorBefore = await VendorTotalDue("V1004");

        var paid = await _client.PostAsync("objects/accounts-payable/payment", JsonNode.Parse($$"""
            { "vendor": {"id":"V1004"}, "paymentDate": "2026-11-25", "paymentMethod": "ach",
              "details": [ { "bill": {"key": "{{key}}"}, "txnCurrency": {"paymentAmount": "300.00"} } ] }
            """)!);
        var bill = await _client.GetAsync("objects/accounts-payable/bill/" + key);
        var overpay = await _client.PostAsync("objects/accounts-payable/payment", JsonNode.Parse($$"""
            { "vendor": {"id":"V1004"}, "paymentDate": "2026-11-25", "details": [ { "bill": {"key": "{{key}}"}, "txnCurrency": {"paymentAmount": "600.00"} } ] }
            """)!);
        var deleteBill = await _client.DeleteAsync("objects/accounts-payable/bill/" + key);

        Assert.Equal(HttpStatusCode.Created, paid.Status);
        Assert.Equal("partiallyPaid", bill.Result["state"]!.GetValue<string>());
        Assert.Equal("500.00", bill.Result["totalTxnAmountDue"]!.GetValue<string>());
        Assert.Equal(vendorBefore - 300m, await VendorTotalDue("V1004"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, overpay.Status);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, deleteBill.Status);
    }

    [Fact]
    public async Task Delete_ReferencedVendor_Answers422()
    {
        var result = await _client.DeleteAsync("objects/accounts-payable/vendor/4");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, result.Status);
    }

    [Fact]
    public async Task Post_OnObjectWithoutCreate_Answers405()
    {
        var result = await _client.PostAsync("objects/general-ledger/journal-entry-line", new { txnAmount = "1.00" });

        Assert.Equal(HttpStatusCode.MethodNotAllowed, result.Status);
    }

    private async Task<decimal> VendorTotalDue(string id)
    {
        var result = await _client.QueryAsync(new { @object = "accounts-payable/vendor", fields = new[] { "totalDue" }, filters = new[] { Filter("$eq", "id", id) } });
        return decimal.Parse(result.Rows[0]!["totalDue"]!.GetValue<string>(), CultureInfo.InvariantCulture);
    }

    private static JsonObject AcmeBill(decimal amount) => new()
    {
        ["vendor"] = new JsonObject { ["id"] = "V1004" },
        ["createdDate"] = "2026-11-22",
        ["billNumber"] = "ACME-" + amount.ToString(CultureInfo.InvariantCulture),
        ["lines"] = new JsonArray(new JsonObject
        {
            ["glAccount"] = new JsonObject { ["id"] = "6100" },
            ["txnAmount"] = amount.ToString("0.00", CultureInfo.InvariantCulture),
        }),
    };

    private static Dictionary<string, object> Filter(string op, string field, object value) =>
        new() { [op] = new Dictionary<string, object> { [field] = value } };
}
