using System.Net;
using System.Security.Claims;
using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using IntacctMcp.Tools.Tests.Toolsets;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Policy;

public sealed class PolicyAndWriteTests
{
    private readonly FakeClientProvider _companies = new("demo", "other");

    private FakeIntacctClient Demo => _companies.Clients["demo"];

    private Task<ToolsHarness> StartAsync(Action<IntacctToolsOptions>? configure, ClaimsPrincipal? user = null)
    {
        Demo.OnQuery = FakeData.Answer;
        return ToolsHarness.StartAsync(s => s.AddSingleton<IIntacctClientProvider>(_companies), configure, user, TestContext.Current.CancellationToken);
    }

    private static ClaimsPrincipal Caller(string scopes, params string[] companies) =>
        new(new ClaimsIdentity([new Claim("scope", scopes), .. companies.Select(c => new Claim("intacct_company", c)), new Claim(ClaimTypes.Name, "alice")], "test"));

    private static void AssertRefused(CallToolResult result, string expected)
    {
        Assert.True(result.IsError);
        Assert.Contains(expected, ToolsHarness.Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WritesOff_CreateBill_HiddenAndRefusedAndNothingSent()
    {
        await using var harness = await StartAsync(null);

        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var result = await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 10, glAccount = "6100", company = "demo" });

        Assert.DoesNotContain(tools, t => t.Name.StartsWith("create_", StringComparison.Ordinal));
        AssertRefused(result, "--allow-writes");
        Assert.Empty(Demo.Calls);
    }

    [Fact]
    public async Task ReadOnly_WinsOverAllowWrites_AndRawPostIsRefusedButGetPasses()
    {
        await using var harness = await StartAsync(o => { o.AllowWrites = true; o.ReadOnly = true; });

        AssertRefused(await harness.CallAsync("create_journal_entry", new { description = "x", company = "demo" }), "--read-only");
        AssertRefused(await harness.CallAsync("call_sage_endpoint", new { method = "POST", path = "/objects/accounts-payable/vendor", company = "demo" }), "--read-only");
        var query = await harness.CallAsync("call_sage_endpoint", new { method = "POST", path = "/services/core/query", company = "demo" });
        var get = await harness.CallAsync("call_sage_endpoint", new { method = "GET", path = "/objects/accounts-payable/vendor", company = "demo" });

        Assert.True(query.IsError != true, ToolsHarness.Text(query));
        Assert.True(get.IsError != true, ToolsHarness.Text(get));
        Assert.Null(Demo.Sends[1].Options?.IdempotencyKey);
    }

    [Fact]
    public async Task HttpCaller_WithoutWriteScope_IsRefused_AndWithoutCompanyClaim_IsRefused()
    {
        await using var readOnlyCaller = await StartAsync(o => o.AllowWrites = true, Caller("intacct:read", "demo"));
        var tools = await readOnlyCaller.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        Assert.DoesNotContain(tools, t => t.Name == "create_bill");
        AssertRefused(await readOnlyCaller.CallAsync("create_bill", new { vendor = "V1001", amount = 10, glAccount = "6100", company = "demo" }), "intacct:write");
        AssertRefused(await readOnlyCaller.CallAsync("list_bills", new { company = "other" }), "intacct_company");
        Assert.True((await readOnlyCaller.CallAsync("list_bills", new { company = "demo" })).IsError != true);

        await using var noScope = await StartAsync(null, Caller("openid", "*"));
        AssertRefused(await noScope.CallAsync("list_vendors", new { company = "demo" }), "intacct:read");
    }

    [Fact]
    public async Task Toolsets_SelectOnlyAp_HidesAndRefusesOthers()
    {
        await using var harness = await StartAsync(o => o.Toolsets.Add("ap"));

        var tools = await harness.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Contains(tools, t => t.Name == "list_bills");
        Assert.DoesNotContain(tools, t => t.Name == "query");
        AssertRefused(await harness.CallAsync("query", new { @object = "accounts-payable/bill", fields = new[] { "id" }, company = "demo" }), "--toolsets");
    }

    [Fact]
    public async Task CreateBill_DryRun_SendsNothing_ThenSendSendsIdempotencyKey()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var preview = await harness.CallAsync("create_bill", new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100", dryRun = true, company = "demo" });
        Assert.True(preview.IsError != true, ToolsHarness.Text(preview));
        Assert.Empty(Demo.Creates);
        Assert.Equal("V1001", ToolsHarness.Structured(preview).GetProperty("body").GetProperty("vendor").GetProperty("id").GetString());

        var created = await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 1250, glAccount = "6100", company = "demo" });

        var sent = Assert.Single(Demo.Creates);
        Assert.False(string.IsNullOrEmpty(sent.Options?.IdempotencyKey));
        Assert.Equal(sent.Options!.IdempotencyKey, ToolsHarness.Structured(created).GetProperty("idempotencyKey").GetString());
        Assert.Equal(2, Demo.Queries.Count); // vendors and accounts, each once; cached for the second call
    }

    [Fact]
    public async Task CreateBill_SageRefusesTheReusedKey_ErrorSaysAlreadyPostedNamesTheKeyAndNoBody()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);
        Demo.CreateFailure = new IntacctIdempotencyConflictException(
            "Sage Intacct answered 409 Conflict to POST /objects/accounts-payable/bill",
            HttpStatusCode.Conflict,
            new IntacctApiError("conflict", "The Idempotency-Key was already used on 2026-10-01T09:00:00Z.", null, null, []),
            "imcp1-0123456789abcdef");

        var result = await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 1234.56, glAccount = "6100", company = "demo" });

        var text = ToolsHarness.Text(result);
        Assert.True(result.IsError);
        Assert.Contains("This exact bill was already posted in company demo", text, StringComparison.Ordinal);
        Assert.Contains("Idempotency-Key imcp1-0123456789abcdef", text, StringComparison.Ordinal);
        Assert.Contains("already used on 2026-10-01", text, StringComparison.Ordinal);
        Assert.Contains("give a new requestId", text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234.56", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBill_SameRequestIdTwice_SameKeyAndItReplacesTheBody()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 10, glAccount = "6100", billDate = "2026-12-01", requestId = "doc-1", company = "demo" });
        await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 20, glAccount = "6100", billDate = "2026-12-01", requestId = "doc-1", company = "demo" });
        await harness.CallAsync("create_bill", new { vendor = "V1001", amount = 10, glAccount = "6100", billDate = "2026-12-01", company = "demo" });

        var keys = Demo.Creates.Select(c => c.Options?.IdempotencyKey).ToList();
        Assert.Equal(3, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.NotEqual(keys[0], keys[2]);
        Assert.Equal("doc-1", Demo.Creates[0].Options?.RequestId);
    }

    [Theory]
    [InlineData("{\"vendor\":\"Twin Supply\",\"amount\":10,\"glAccount\":\"6100\"}", "matches 2")]
    [InlineData("{\"vendor\":\"V1001\",\"amount\":10.001,\"glAccount\":\"6100\"}", "'amount'")]
    [InlineData("{\"vendor\":\"V1001\",\"amount\":10,\"glAccount\":\"6900\"}", "inactive")]
    [InlineData("{\"vendor\":\"Nobody\",\"amount\":10,\"glAccount\":\"6100\"}", "No vendor")]
    public async Task CreateBill_Invalid_IsRefusedBeforeSending(string arguments, string expected)
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var args = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(arguments)!;
        args["company"] = "demo";
        var result = await harness.Client.CallToolAsync("create_bill", args, cancellationToken: TestContext.Current.CancellationToken);

        AssertRefused(result, expected);
        Assert.Empty(Demo.Creates);
    }

    [Fact]
    public async Task CreateJournalEntry_Unbalanced_IsRefusedWithoutAnySageCall()
    {
        await using var harness = await StartAsync(o => o.AllowWrites = true);

        var result = await harness.CallAsync("create_journal_entry", new { description = "x", company = "demo", lines = new object[] { new { glAccount = "6100", debit = 100 }, new { glAccount = "2000", credit = 90 } } });

        AssertRefused(result, "do not equal credits");
        Assert.Empty(Demo.Calls);
    }

    [Fact]
    public async Task SageError_403_BecomesToolErrorWithIdsAndNextStep()
    {
        await using var harness = await StartAsync(null);
        Demo.Failure = new IntacctPermissionException("denied", HttpStatusCode.Forbidden, new IntacctApiError("forbidden", "Permission denied", "REST-1001", "SUP123", [new IntacctErrorDetail(null, "no AP role", null, "accounts-payable/bill")]));

        var result = await harness.CallAsync("list_bills", new { company = "demo" });

        AssertRefused(result, "HTTP 403, REST-1001");
        Assert.Contains("SUP123", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Contains("accounts-payable/bill: no AP role", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Contains("Next step", ToolsHarness.Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoCompany_WithTwoConfigured_ErrorListsNames()
    {
        await using var harness = await StartAsync(null);

        AssertRefused(await harness.CallAsync("list_bills"), "demo, other");
    }
}
