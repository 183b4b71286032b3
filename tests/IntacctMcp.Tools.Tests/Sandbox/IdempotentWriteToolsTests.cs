using IntacctMcp.Tools.Tests.Hosting;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The write tools' idempotency against the sandbox: a repeated create posts once and says so; requestId names the document.</summary>
[Collection(SandboxCollection.Name)]
public sealed class IdempotentWriteToolsTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    [Fact]
    public async Task CreateBill_SameArgumentsTwice_OneBillAndTheSecondAnswerSaysAlreadyPosted()
    {
        var arguments = Bill("IDEM-REPEAT");

        var first = await Tools.CallAsync("create_bill", arguments);
        var second = await Tools.CallAsync("create_bill", arguments);

        var a = ToolsHarness.Structured(first);
        var b = ToolsHarness.Structured(second);
        Assert.False(a.GetProperty("replayed").GetBoolean());
        Assert.False(a.TryGetProperty("postedAt", out _));
        Assert.True(b.GetProperty("replayed").GetBoolean());
        Assert.Equal(a.GetProperty("key").GetString(), b.GetProperty("key").GetString());
        Assert.Equal(a.GetProperty("idempotencyKey").GetString(), b.GetProperty("idempotencyKey").GetString());
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", b.GetProperty("postedAt").GetString());
        Assert.StartsWith($"Already posted on ", ToolsHarness.Text(second), StringComparison.Ordinal);
        Assert.Contains($"as key {a.GetProperty("key").GetString()} — not posted again.", ToolsHarness.Text(second), StringComparison.Ordinal);
        Assert.Equal(1, Bills("IDEM-REPEAT"));
    }

    [Fact]
    public async Task CreateBill_DryRun_ShowsTheKeyTheRealCallSends()
    {
        var arguments = Bill("IDEM-DRY");

        var preview = ToolsHarness.Structured(await Tools.CallAsync("create_bill", new Dictionary<string, object?>(arguments) { ["dryRun"] = true }));
        var created = ToolsHarness.Structured(await Tools.CallAsync("create_bill", arguments));

        var key = preview.GetProperty("idempotencyKey").GetString();
        Assert.Matches("^imcp1-[0-9a-f]{64}$", key);
        Assert.Equal(key, preview.GetProperty("headers").GetProperty("Idempotency-Key").GetString());
        Assert.Equal(key, created.GetProperty("idempotencyKey").GetString());
    }

    [Fact]
    public async Task CreateBill_NewRequestId_PostsASecondIdenticalBill_SameRequestIdRepeatsSafely()
    {
        var one = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-RID")) { ["requestId"] = "rid-1" });
        var two = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-RID")) { ["requestId"] = "rid-2" });
        var twoAgain = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-RID")) { ["requestId"] = "rid-2" });

        Assert.False(ToolsHarness.Structured(two).GetProperty("replayed").GetBoolean());
        Assert.True(ToolsHarness.Structured(twoAgain).GetProperty("replayed").GetBoolean());
        Assert.NotEqual(ToolsHarness.Structured(one).GetProperty("key").GetString(), ToolsHarness.Structured(two).GetProperty("key").GetString());
        Assert.Equal(2, Bills("IDEM-RID"));
    }

    [Fact]
    public async Task CreateBill_SameRequestIdOtherBody_ErrorNamesTheEarlierBillAndNothingIsPosted()
    {
        var first = ToolsHarness.Structured(await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-CONFLICT")) { ["requestId"] = "rid-conflict" }));

        var result = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-CONFLICT", 99m)) { ["requestId"] = "rid-conflict" });

        var text = ToolsHarness.Text(result);
        Assert.True(result.IsError);
        Assert.Contains("requestId 'rid-conflict' was already used for a different bill", text, StringComparison.Ordinal);
        Assert.Contains($"The earlier document is bill key {first.GetProperty("key").GetString()}", text, StringComparison.Ordinal);
        Assert.Contains("use a new requestId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("99.00", text, StringComparison.Ordinal);
        Assert.Equal(1, Bills("IDEM-CONFLICT"));
    }

    [Fact]
    public async Task CreateBill_RequestIdTooLong_RefusedBeforeAnythingIsSent()
    {
        var before = fixture.Sandbox.Control.GetCounters().ApiRequests;

        var result = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(Bill("IDEM-LONG")) { ["requestId"] = new string('r', 65) });

        Assert.True(result.IsError);
        Assert.Contains("requestId", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Contains("at most 64", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Sandbox.Control.GetCounters().ApiRequests);
    }

    [Fact]
    public async Task CallSageEndpoint_SamePostTwiceInAnyPropertyOrder_OneRecordSecondReplayed()
    {
        var first = ToolsHarness.Structured(await Tools.CallAsync("call_sage_endpoint", new { method = "POST", path = "/objects/company-config/department", body = new { id = "IDEMD", name = "Idempotent" } }));
        var second = await Tools.CallAsync("call_sage_endpoint", new { method = "POST", path = "/objects/company-config/department", body = new { name = "Idempotent", id = "IDEMD" } });

        var replayed = ToolsHarness.Structured(second);
        Assert.False(first.GetProperty("replayed").GetBoolean());
        Assert.True(replayed.GetProperty("replayed").GetBoolean());
        Assert.StartsWith("Already posted on ", ToolsHarness.Text(second), StringComparison.Ordinal);
        Assert.Equal(first.GetProperty("idempotencyKey").GetString(), replayed.GetProperty("idempotencyKey").GetString());
        Assert.Single(fixture.Sandbox.ExportObjects("company-config/department"), d => (string?)d["id"] == "IDEMD");
    }

    private int Bills(string billNumber) => fixture.Sandbox.ExportObjects("accounts-payable/bill").Count(b => (string?)b["billNumber"] == billNumber);

    // Dates explicit: a default of today would make the key depend on the day the test runs, which is fine but not under test here.
    private static Dictionary<string, object?> Bill(string billNumber, decimal amount = 1250m) => new()
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = amount,
        ["glAccount"] = "6100",
        ["billNumber"] = billNumber,
        ["billDate"] = "2026-12-01",
        ["dueDate"] = "2026-12-31",
    };
}
