using System.Text;
using System.Text.Json;
using IntacctMcp.Tools.Tests.Hosting;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Confirmation;

/// <summary>With <c>ConfirmWrites</c> on and a client that cannot be asked, a write is a preview plus a token first; only the same call with that token posts, once.</summary>
[Collection(ConfirmationCollection.Name)]
public sealed class ConfirmationTokenTests(ConfirmationFixture fixture)
{
    private ToolsHarness Tools => fixture.Tokens;

    [Fact]
    public async Task CreateBill_PreviewThenSameCallWithToken_PostsOnce_ReuseRefused()
    {
        var arguments = Bill("TOK-ONCE");

        var preview = await Tools.CallAsync("create_bill", arguments);
        var token = Token(preview);
        Assert.Equal(0, fixture.Bills("TOK-ONCE"));
        Assert.NotEqual(true, preview.IsError);
        Assert.StartsWith("Not posted yet: this server needs the user's confirmation.", ToolsHarness.Text(preview), StringComparison.Ordinal);
        Assert.Contains("Vendor: V", ToolsHarness.Text(preview), StringComparison.Ordinal);
        Assert.True(ToolsHarness.Structured(preview).GetProperty("dryRun").GetBoolean());

        var posted = await Tools.CallAsync("create_bill", WithToken(arguments, token));
        var again = await Tools.CallAsync("create_bill", WithToken(arguments, token));

        Assert.NotEqual(true, posted.IsError);
        Assert.False(ToolsHarness.Structured(posted).GetProperty("replayed").GetBoolean());
        Assert.True(again.IsError);
        Assert.Contains("was already used", ToolsHarness.Text(again), StringComparison.Ordinal);
        Assert.Contains("call again without confirmationToken", ToolsHarness.Text(again), StringComparison.Ordinal);
        Assert.Equal(1, fixture.Bills("TOK-ONCE"));
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2115);
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2116);
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2117 && e.Text.Contains("Used", StringComparison.Ordinal));
        Assert.DoesNotContain(fixture.Logs.Entries, e => e.Text.Contains(token, StringComparison.Ordinal) || e.Text.Contains("1250", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateBill_TokenWithAChangedArgument_Refused()
    {
        var token = Token(await Tools.CallAsync("create_bill", Bill("TOK-CHANGED")));

        var result = await Tools.CallAsync("create_bill", WithToken(Bill("TOK-CHANGED", 9999m), token));

        Assert.True(result.IsError);
        Assert.Contains("was issued for different arguments", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("TOK-CHANGED"));
    }

    [Fact]
    public async Task CreateBill_TokenAfterFiveMinutes_RefusedAsExpired()
    {
        var arguments = Bill("TOK-EXPIRED");
        var token = Token(await Tools.CallAsync("create_bill", arguments));

        fixture.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var result = await Tools.CallAsync("create_bill", WithToken(arguments, token));

        Assert.True(result.IsError);
        Assert.Contains("has expired", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("TOK-EXPIRED"));
    }

    [Fact]
    public async Task CreateBill_AlteredToken_RefusedAsNotValid()
    {
        var arguments = Bill("TOK-ALTERED");
        var token = Token(await Tools.CallAsync("create_bill", arguments));

        var result = await Tools.CallAsync("create_bill", WithToken(arguments, token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")));

        Assert.True(result.IsError);
        Assert.Contains("is not valid", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("TOK-ALTERED"));
    }

    [Fact]
    public async Task CallSageEndpoint_TokenFromCreateBill_RefusedForTheOtherTool()
    {
        var token = Token(await Tools.CallAsync("create_bill", Bill("TOK-OTHER-TOOL")));
        var created = fixture.RecordsCreated;

        var result = await Tools.CallAsync("call_sage_endpoint", new Dictionary<string, object?>
        {
            ["method"] = "POST",
            ["path"] = "/objects/accounts-payable/vendor",
            ["body"] = new { id = "V-TOK", name = "Token Vendor" },
            ["confirmationToken"] = token,
        });

        Assert.True(result.IsError);
        Assert.Contains("was issued for different arguments", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(created, fixture.RecordsCreated);
    }

    [Fact]
    public async Task ListTools_ConfirmWrites_TokenArgumentOnWriteToolsOnly()
    {
        var tools = await Tools.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var withoutOption = await fixture.Asking.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        var withToken = tools.Where(t => t.ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("confirmationToken", out _)).Select(t => t.Name).Order().ToList();
        Assert.Equal(["call_sage_endpoint", "create_bill", "create_invoice", "create_journal_entry"], withToken);
        Assert.DoesNotContain(withoutOption, t => t.ProtocolTool.InputSchema.GetProperty("properties").TryGetProperty("confirmationToken", out _));

        // 38 bytes per write tool (,"confirmationToken":{"type":"string"}), 50 saved on dryRun's description: the budget holds.
        Assert.Equal(4 * (38 - 50), Bytes(tools) - Bytes(withoutOption));
        Assert.True(Bytes(tools) < 40_960, $"tools/list is {Bytes(tools)} bytes with ConfirmWrites on, {Bytes(withoutOption)} without");
    }

    [Fact]
    public async Task CreateBill_TokenArgumentWithoutConfirmWrites_RefusedAsUnknown()
    {
        var result = await fixture.Asking.CallAsync("create_bill", WithToken(Bill("TOK-UNKNOWN"), "x"));

        Assert.True(result.IsError);
        Assert.Contains("Unknown argument 'confirmationToken'", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("TOK-UNKNOWN"));
    }

    private static string Token(CallToolResult preview) =>
        ToolsHarness.Structured(preview).GetProperty("confirmationToken").GetString() ?? throw new InvalidOperationException(ToolsHarness.Text(preview));

    private static Dictionary<string, object?> WithToken(Dictionary<string, object?> arguments, string token) => new(arguments) { ["confirmationToken"] = token };

    // As ToolConventionTests measures tools/list: the whole result, as the SDK serializes it.
    private static int Bytes(IEnumerable<ModelContextProtocol.Client.McpClientTool> tools) =>
        Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] }, ModelContextProtocol.McpJsonUtilities.DefaultOptions));

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
