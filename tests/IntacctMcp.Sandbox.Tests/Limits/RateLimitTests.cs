using System.Net;
using IntacctMcp.Sandbox.Limits;
using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Limits;

public sealed class RateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 5, 4, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RequestsOverThePerMinuteLimit_Answer429WithRetryHeaders_UntilTheBucketRefills()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerMinute = 3 }, TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);

        var allowed = new List<ApiResult>();
        for (var i = 0; i < 3; i++)
        {
            allowed.Add(await client.GetAsync("objects/company-config/department"));
        }

        var refused = await client.GetAsync("objects/company-config/department");
        clock.Advance(TimeSpan.FromSeconds(20));
        var afterRefill = await client.GetAsync("objects/company-config/department");

        Assert.All(allowed, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("3", allowed[0].Header("X-IA-Minute-Rate-Limit"));
        Assert.Equal("0", allowed[2].Header("X-IA-Minute-Rate-Limit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("20", refused.Header("Retry-After"));
        Assert.Equal("20", refused.Header("X-IA-Minute-Rate-Limit-Retry-After"));
        Assert.Equal("20", refused.Header("X-IA-Throttle-Limit-RetryAfter"));
        Assert.Equal("GW-0010", refused.Error["code"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, afterRefill.Status);
        Assert.Equal(1, server.Control.GetCounters().RateLimited);
    }

    [Fact]
    public async Task Burst_CapsTheBucket_ThenRefusesWithRetryAfter_ThenRefillsAtThePerMinuteRate()
    {
        var clock = new FakeTimeProvider(Start);
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { TimeProvider = clock, RequestsPerMinute = 600, Burst = 4 }, TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);

        var burst = new List<ApiResult>();
        for (var i = 0; i < 4; i++)
        {
            burst.Add(await client.GetAsync("objects/company-config/department"));
        }

        var refused = await client.GetAsync("objects/company-config/department");
        clock.Advance(TimeSpan.FromSeconds(0.15)); // 600/min refills one request every 0.1 s: 1.5 requests back
        var refilledOne = await client.GetAsync("objects/company-config/department");
        var refusedAgain = await client.GetAsync("objects/company-config/department");
        clock.Advance(TimeSpan.FromMinutes(5)); // a long quiet spell fills the bucket to the burst, not to 600
        var afterQuiet = new List<ApiResult>();
        for (var i = 0; i < 5; i++)
        {
            afterQuiet.Add(await client.GetAsync("objects/company-config/department"));
        }

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("600", burst[0].Header("X-IA-Minute-Rate-Limit"));
        Assert.Equal("0", burst[3].Header("X-IA-Minute-Rate-Limit-Remaining"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal("1", refused.Header("Retry-After"));
        Assert.Equal(HttpStatusCode.OK, refilledOne.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedAgain.Status);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], afterQuiet.Select(r => r.Status));
        Assert.Equal(3, server.Control.GetCounters().RateLimited);
    }

    [Fact]
    public async Task Burst_BelowOne_RefusesToStart_NamingTheSetting()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => SandboxServer.StartAsync(new SandboxOptions { Burst = 0 }, TestContext.Current.CancellationToken));

        Assert.Contains("Burst must be at least 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TokenEndpoint_IsNotRateLimited()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RequestsPerMinute = 1 }, TestContext.Current.CancellationToken);
        using var client = SandboxClient.Anonymous(server);

        for (var i = 0; i < 3; i++)
        {
            var token = await client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username);
            Assert.Equal(HttpStatusCode.OK, token.Status);
        }

        Assert.Equal(3, server.Control.GetCounters().TokenRequests);
    }

    [Fact]
    public async Task RateLimitDisabled_NeverAnswers429()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, RequestsPerMinute = 1 }, TestContext.Current.CancellationToken);
        using var client = await SandboxClient.ConnectAsync(server);

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("objects/company-config/department")).Status);
        }
    }

    [Fact]
    public void ConcurrencyLimit_RefusesRequestsBeyondTheCap_UntilOneLeaves()
    {
        var limiter = new CompanyRateLimiter(600, 600, 2, new FakeTimeProvider(Start));

        var first = limiter.TryEnter();
        var second = limiter.TryEnter();
        var third = limiter.TryEnter();
        limiter.Exit();
        var fourth = limiter.TryEnter();

        Assert.True(first && second);
        Assert.False(third);
        Assert.True(fourth);
        Assert.Equal(2, limiter.InFlight);
    }

    [Fact]
    public async Task ExtraCompany_HasItsOwnLimitsAndCounters()
    {
        var options = new SandboxOptions { RequestsPerMinute = 1 };
        options.ExtraCompanies.Add(new SandboxCompanyOptions
        {
            CompanyId = "ACME2",
            ClientId = "acme2-client",
            ClientSecret = "acme2-secret",
            Seed = 7,
            RequestsPerMinute = 100,
        });
        await using var server = await SandboxServer.StartAsync(options, TestContext.Current.CancellationToken);
        using var demo = await SandboxClient.ConnectAsync(server);
        using var other = SandboxClient.Anonymous(server);
        var token = await other.RequestTokenAsync("acme2-client", "acme2-secret", "ai-api@ACME2");
        other.UseToken(token.Body!["access_token"]!.GetValue<string>());

        var demoFirst = await demo.GetAsync("objects/company-config/department");
        var demoSecond = await demo.GetAsync("objects/company-config/department");
        var otherFirst = await other.GetAsync("objects/company-config/department");
        var otherSecond = await other.GetAsync("objects/company-config/department");
        var crossClient = await other.RequestTokenAsync("acme2-client", "acme2-secret", SandboxDemo.Username);

        Assert.Equal(HttpStatusCode.OK, demoFirst.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, demoSecond.Status);
        Assert.Equal(HttpStatusCode.OK, otherFirst.Status);
        Assert.Equal(HttpStatusCode.OK, otherSecond.Status);
        Assert.Equal("unauthorized_client", crossClient.Body!["error"]!["code"]!.GetValue<string>());
        Assert.Equal(2, server.Control.GetCounters("ACME2").ApiRequests);
        Assert.Equal(2, server.Control.GetCounters().ApiRequests);
    }
}
