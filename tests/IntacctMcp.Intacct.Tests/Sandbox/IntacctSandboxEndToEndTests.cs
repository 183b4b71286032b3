using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Tests.Infrastructure;
using IntacctMcp.Sandbox;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Sandbox;

/// <summary>The client against the project's real sandbox (in-process Kestrel on 127.0.0.1).</summary>
public sealed class IntacctSandboxEndToEndTests
{
    private const string Vendor = "accounts-payable/vendor";
    private const string Bill = "accounts-payable/bill";

    [Fact]
    public async Task QueryGetAndPage_DemoCompany_OneTokenForAllCalls()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);

        var open = await harness.Client.QueryAsync(
            new IntacctQuery
            {
                Object = Bill,
                Fields = ["key", "id", "state", "totalTxnAmountDue"],
                Filters = [IntacctFilter.In("state", ["posted", "partiallyPaid"])],
                OrderBy = [new IntacctOrderBy("key")],
                Size = 5,
            },
            cancellationToken: ct);
        var bill = await harness.Client.GetObjectAsync(Bill, open.Items[0]["key"]!.GetValue<string>(), cancellationToken: ct);
        var vendors = await harness.Client.QueryAllAsync(new IntacctQuery { Object = Vendor, Fields = ["key", "id"], Size = 7 }, cancellationToken: ct).ToListAsync(ct);

        Assert.NotEmpty(open.Items);
        Assert.All(open.Items, r => Assert.Contains(r["state"]!.GetValue<string>(), new[] { "posted", "partiallyPaid" }));
        Assert.Equal(open.Items[0]["id"]!.GetValue<string>(), bill["id"]!.GetValue<string>());
        Assert.NotNull(bill["lines"]);
        Assert.Equal(server.ExportObjects(Vendor).Count, vendors.Count);
        Assert.Equal(1, server.Control.GetCounters().TokenRequests);
    }

    [Fact]
    public async Task CreateObjectAsync_ConnectionDroppedAfterCommit_RetriedAndExactlyOneRecord()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);
        server.Control.SetFaults(new SandboxFaults { DropConnections = 1, ApplyToWritesAfterCommit = true, PathPrefix = "/objects/" + Vendor });

        var created = await harness.Client.CreateObjectAsync(Vendor, new JsonObject { ["name"] = "Retry Safe Vendor" }, cancellationToken: ct);

        Assert.Equal(1, server.Control.GetCounters().RecordsCreated);
        var stored = Assert.Single(server.ExportObjects(Vendor), v => v["name"]?.GetValue<string>() == "Retry Safe Vendor");
        Assert.Equal(created.Key, stored["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateObjectsAsync_OneDuplicate_207ResultsPerItemInOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);
        var duplicateId = server.ExportObjects(Vendor)[0]["id"]!.GetValue<string>();

        var result = await harness.Client.CreateObjectsAsync(
            Vendor,
            [new() { ["name"] = "First New Vendor" }, new() { ["id"] = duplicateId, ["name"] = "Duplicate" }, new() { ["name"] = "Third New Vendor" }],
            cancellationToken: ct);

        Assert.Equal([true, false, true], result.Items.Select(i => i.Succeeded));
        Assert.False(string.IsNullOrEmpty(result.Items[1].Error!.Message));
        Assert.Equal(2, server.Control.GetCounters().RecordsCreated);
    }

    [Fact]
    public async Task CreateObjectsAsync_AtomicWithBadItem_NothingCommittedAndCauseReported()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);
        var before = server.ExportObjects(Vendor).Count;
        var duplicateId = server.ExportObjects(Vendor)[0]["id"]!.GetValue<string>();

        var result = await harness.Client.CreateObjectsAsync(Vendor, [new() { ["name"] = "Atomic One" }, new() { ["id"] = duplicateId, ["name"] = "Duplicate" }], atomic: true, cancellationToken: ct);

        Assert.Equal(0, result.SuccessCount);
        Assert.Equal("unprocessed", result.Items[0].Error!.Code);
        Assert.NotEqual("unprocessed", result.Items[1].Error!.Code);
        Assert.Equal(before, server.ExportObjects(Vendor).Count);
    }

    [Fact]
    public async Task QueryAsync_EntityScoped_OnlyThatEntitysRecords()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);
        var expected = server.ExportObjects(Bill).Count(b => b["entity"]?["id"]?.GetValue<string>() == "E200");

        var rows = await harness.Client.QueryAllAsync(new IntacctQuery { Object = Bill, Fields = ["key", "entity.id"], Size = 4000 }, options: new IntacctRequestOptions { Entity = "E200" }, cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(expected, rows.Count);
        Assert.All(rows, r => Assert.Equal("E200", r["entity.id"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task GetObjectAsync_TokensExpiredOnServer_RecoversWithOneNewToken(bool asRest1206)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, ExpiredTokenAsRest1206 = asRest1206 }, ct);
        await using var harness = Connect(server);
        var key = server.ExportObjects(Vendor)[0]["key"]!.GetValue<string>();
        await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);

        server.Control.ExpireTokens();
        var vendor = await harness.Client.GetObjectAsync(Vendor, key, cancellationToken: ct);

        Assert.Equal(key, vendor["key"]!.GetValue<string>());
        Assert.Equal(2, server.Control.GetCounters().TokenRequests);
    }

    [Fact]
    public async Task QueryAsync_RateLimitStorm_WaitsOutRetryHeaderAndSucceeds()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);
        server.Control.SetFaults(new SandboxFaults { RateLimitStorm = 1, RetryAfterSeconds = 1, PathPrefix = "/services/core/query" });

        var page = await harness.Client.QueryAsync(new IntacctQuery { Object = Vendor, Fields = ["key"], Size = 1 }, cancellationToken: ct);

        Assert.Single(page.Items);
        Assert.Equal(1, server.Control.GetCounters().RateLimited);
    }

    [Fact]
    public async Task TestConnectionAsync_DemoCompany_ReportsCompanyFromToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);

        var info = await harness.Client.TestConnectionAsync(ct);

        Assert.Equal(SandboxDemo.CompanyId, info.TokenCompanyId);
        Assert.True(info.Company.IsSandbox);
        Assert.True(info.ProbeTotalCount >= SandboxDemo.EntityIds.Count);
    }

    [Fact]
    public async Task RunReportAsync_TrialBalance_PollsStatusAndDownloads()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);

        var report = await harness.Client.RunReportAsync("general-ledger/trial-balance", TrialBalanceRequest("json"), ct);

        Assert.NotNull(report);
        var routes = server.Control.GetCounters().RequestsByRoute;
        Assert.Contains(routes.Keys, k => k.Contains("/services/reports/status", StringComparison.Ordinal));
        Assert.Contains(routes.Keys, k => k.Contains("/services/reports/download", StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunReportAsync_StatusRedirectsAndCsv_ReturnsCsvText()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, ReportStatusRedirects = true }, ct);
        await using var harness = Connect(server);

        var report = await harness.Client.RunReportAsync("general-ledger/trial-balance", TrialBalanceRequest("csv"), ct);

        Assert.StartsWith("Account,", report!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../oauth2/token")]
    [InlineData("general-ledger/trial balance")]
    [InlineData("")]
    public async Task RunReportAsync_BadReportPath_Refused(string report)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server);

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.RunReportAsync(report, TrialBalanceRequest("json"), ct));

        Assert.Equal(0, server.Control.GetCounters().ApiRequests);
    }

    public static TheoryData<string, string, string, string> BadCredentials => new()
    {
        { SandboxDemo.ClientId, "wrong-secret", SandboxDemo.Username, IntacctHints.ClientCredentials },
        { SandboxDemo.UnauthorizedClientId, SandboxDemo.UnauthorizedClientSecret, SandboxDemo.Username, IntacctHints.AuthorizeClient },
        { SandboxDemo.ClientId, SandboxDemo.ClientSecret, "nobody@" + SandboxDemo.CompanyId, IntacctHints.InvalidUser },
        { SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.UserId + "@NoSuchCompany", IntacctHints.InvalidCompany },
        { SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username + "|E999", IntacctHints.InvalidEntity },
    };

    [Theory]
    [MemberData(nameof(BadCredentials))]
    public async Task TestConnectionAsync_BadCredentials_SageMessageAndFix(string clientId, string clientSecret, string username, string hint)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        await using var harness = Connect(server, o =>
        {
            o.ClientId = clientId;
            o.ClientSecret = clientSecret;
            o.Username = username;
        });

        var error = await Assert.ThrowsAsync<IntacctAuthenticationException>(() => harness.Client.TestConnectionAsync(ct));

        Assert.Equal(hint, error.Hint);
        Assert.False(string.IsNullOrEmpty(error.Error.Message));
        Assert.Contains(error.Error.Message!, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(clientSecret, error.ToString(), StringComparison.Ordinal);
    }

    private static JsonObject TrialBalanceRequest(string outputType) => new()
    {
        ["outputType"] = outputType,
        ["parameters"] = new JsonObject { ["timePeriod"] = new JsonObject { ["dateRange"] = new JsonObject { ["startDate"] = "2026-01-01", ["endDate"] = "2026-03-31" } } },
    };

    private static ClientHarness Connect(SandboxServer server, Action<IntacctCompanyOptions>? configure = null) =>
        ClientHarness.Create(server.ApiBaseUrl, o =>
        {
            o.ClientId = SandboxDemo.ClientId;
            o.ClientSecret = SandboxDemo.ClientSecret;
            o.Username = SandboxDemo.Username;
            o.IsSandbox = true;
            configure?.Invoke(o);
        });
}
