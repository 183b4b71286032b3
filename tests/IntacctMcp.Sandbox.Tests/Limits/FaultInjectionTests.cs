using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Limits;

public sealed class FaultInjectionTests : IAsyncLifetime
{
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, TestContext.Current.CancellationToken);
        _client = await SandboxClient.ConnectAsync(_server);
        _server.Control.ResetCounters();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task ServerErrors_AnswerTheConfiguredStatus_ForTheNextNRequests()
    {
        _server.Control.SetFaults(new SandboxFaults { ServerErrors = 2, ServerErrorStatus = 500 });

        var first = await _client.GetAsync("objects/company-config/department");
        var second = await _client.GetAsync("objects/company-config/department");
        var third = await _client.GetAsync("objects/company-config/department");

        Assert.Equal(HttpStatusCode.InternalServerError, first.Status);
        Assert.Equal(HttpStatusCode.InternalServerError, second.Status);
        Assert.Equal(HttpStatusCode.OK, third.Status);
    }

    [Fact]
    public async Task RateLimitStorm_Answers429WithRetryHeaders_AndIsCounted()
    {
        _server.Control.SetFaults(new SandboxFaults { RateLimitStorm = 1, RetryAfterSeconds = 7 });

        var storm = await _client.GetAsync("objects/company-config/department");
        var after = await _client.GetAsync("objects/company-config/department");

        Assert.Equal(HttpStatusCode.TooManyRequests, storm.Status);
        Assert.Equal("7", storm.Header("Retry-After"));
        Assert.Equal("7", storm.Header("X-IA-Minute-Rate-Limit-Retry-After"));
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal(1, _server.Control.GetCounters().RateLimited);
    }

    [Fact]
    public async Task AddedLatency_StillAnswersNormally()
    {
        _server.Control.SetFaults(new SandboxFaults { AddedLatency = TimeSpan.FromMilliseconds(20) });

        var result = await _client.GetAsync("objects/company-config/department");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        using var admin = new HttpClient();
        var armed = JsonNode.Parse(await admin.GetStringAsync(_server.AdminUrl + "/faults", TestContext.Current.CancellationToken))!;
        Assert.Equal("00:00:00.0200000", armed["addedLatency"]!.GetValue<string>());
    }

    [Fact]
    public async Task PathPrefix_LimitsFaultsToMatchingRequests()
    {
        _server.Control.SetFaults(new SandboxFaults { ServerErrors = 1, PathPrefix = "/services/core/query" });

        var other = await _client.GetAsync("objects/company-config/department");
        var query = await _client.QueryAsync(new { @object = "company-config/department", fields = new[] { "id" } });

        Assert.Equal(HttpStatusCode.OK, other.Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, query.Status);
    }

    [Fact]
    public async Task DropConnections_AbortsWithoutAResponse()
    {
        _server.Control.SetFaults(new SandboxFaults { DropConnections = 1 });

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.GetAsync("objects/company-config/department"));
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("objects/company-config/department")).Status);
    }

    [Fact]
    public async Task DropAfterCommit_CommitsTheWriteButLosesTheAnswer()
    {
        var before = _server.ExportObjects("accounts-payable/vendor").Count;
        _server.Control.SetFaults(new SandboxFaults { DropConnections = 1, ApplyToWritesAfterCommit = true });

        await Assert.ThrowsAsync<HttpRequestException>(() => _client.PostAsync("objects/accounts-payable/vendor", new { name = "Outcome Unknown Inc" }));

        Assert.Equal(before + 1, _server.ExportObjects("accounts-payable/vendor").Count);
    }

    [Fact]
    public async Task TokenEndpointFailures_Answer503ThenRecover()
    {
        _server.Control.SetFaults(new SandboxFaults { TokenEndpointFailures = 1 });

        var failed = await _client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username);
        var recovered = await _client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
    }

    [Fact]
    public async Task Counters_CountRequestsByRouteTemplate()
    {
        await _client.GetAsync("objects/accounts-payable/bill/1");
        await _client.GetAsync("objects/accounts-payable/bill/2");
        await _client.QueryAsync(new { @object = "company-config/department", fields = new[] { "id" } });

        var counters = _server.Control.GetCounters();

        Assert.Equal(3, counters.ApiRequests);
        Assert.Equal(2, counters.RequestsByRoute["GET /objects/accounts-payable/bill/{key}"]);
        Assert.Equal(1, counters.RequestsByRoute["POST /services/core/query"]);
    }

    [Fact]
    public async Task AdminEndpoint_SetsFaultsReadsCountersAndExpiresTokens()
    {
        using var admin = new HttpClient { BaseAddress = new Uri(_server.AdminUrl + "/") };
        var ct = TestContext.Current.CancellationToken;

        using var put = await admin.PutAsJsonAsync("faults", new { serverErrors = 1, serverErrorStatus = 502 }, ct);
        var faulted = await _client.GetAsync("objects/company-config/department");
        using var delete = await admin.DeleteAsync("faults", ct);
        var counters = JsonNode.Parse(await admin.GetStringAsync("counters?company=DEMO", ct))!;
        using var expire = await admin.PostAsync("expire-tokens", null, ct);
        var expired = await _client.GetAsync("objects/company-config/department");
        using var reset = await admin.PostAsync("reset-counters", null, ct);
        using var unknown = await admin.GetAsync("counters?company=NOPE", ct);

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadGateway, faulted.Status);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);
        Assert.Equal(1, counters["apiRequests"]!.GetValue<int>());
        Assert.Equal(HttpStatusCode.Unauthorized, expired.Status);
        Assert.Equal(0, _server.Control.GetCounters().ApiRequests);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
