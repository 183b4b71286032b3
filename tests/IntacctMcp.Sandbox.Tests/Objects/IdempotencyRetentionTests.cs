using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Objects;

/// <summary>Sage's idempotency windows: the first answer replayed for 48 hours, the key refused until 60 days, then forgotten.</summary>
public sealed class IdempotencyRetentionTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 6, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string> Key = new() { ["Idempotency-Key"] = "imcp1-retention-test" };
    private readonly FakeTimeProvider _clock = new(Start);
    private SandboxServer _server = null!;
    private SandboxClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        // Tokens outlive the test's 61 days, so that only the idempotency windows move.
        _server = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false, TimeProvider = _clock, TokenLifetimeSeconds = 90 * 86400 }, TestContext.Current.CancellationToken);
        _client = await SandboxClient.ConnectAsync(_server);
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task SameKey_Within48Hours_ReplaysWithCachedDate()
    {
        var first = await Post();
        _clock.Advance(TimeSpan.FromHours(47));
        var replay = await Post();

        Assert.Equal(HttpStatusCode.Created, replay.Status);
        Assert.Equal(first.Result["key"]!.GetValue<string>(), replay.Result["key"]!.GetValue<string>());
        Assert.Equal("2026-12-07T06:00:00Z", replay.Header("x-ia-idempotency-cached-date"));
        Assert.Equal(1, Bills());
    }

    [Fact]
    public async Task SameKeySameBody_After48HoursBefore60Days_RefusedWith409AndNotWrittenAgain()
    {
        await Post();
        _clock.Advance(TimeSpan.FromDays(30));
        var late = await Post();

        Assert.Equal(HttpStatusCode.Conflict, late.Status);
        Assert.Contains("Idempotency-Key", late.Body!.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(1, Bills());
    }

    [Fact]
    public async Task SameKey_After60Days_IsForgottenAndWritesAgain()
    {
        await Post();
        _clock.Advance(TimeSpan.FromDays(61));
        var again = await Post();

        Assert.Equal(HttpStatusCode.Created, again.Status);
        Assert.Null(again.Header("x-ia-idempotency-cached-date"));
        Assert.Equal(2, Bills());
    }

    [Fact]
    public async Task SameKeyAtTheSameMoment_WritesOnce()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Post()));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.Status));
        Assert.Single(answers.Select(a => a.Result["key"]!.GetValue<string>()).Distinct());
        Assert.Equal(1, Bills());
    }

    [Fact]
    public async Task HoldAnswersAfterCommit_CommitsThenAnswersNothingUntilTheClientLeaves()
    {
        _server.Control.SetFaults(new SandboxFaults { HoldAnswersAfterCommit = 1 });
        using var leave = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var held = _client.PostAbandonedAsync("objects/accounts-payable/bill", Bill(), Key, leave);

        while (Bills() == 0)
        {
            await Task.Yield();
        }

        Assert.False(held.IsCompleted);
        await leave.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => held);
        _server.Control.ClearFaults();
        var repeat = await Post();

        Assert.NotNull(repeat.Header("x-ia-idempotency-cached-date"));
        Assert.Equal(1, Bills());
    }

    private Task<ApiResult> Post() => _client.PostAsync("objects/accounts-payable/bill", Bill(), headers: Key);

    private int Bills() => _server.ExportObjects("accounts-payable/bill").Count(b => (string?)b["billNumber"] == "RETAIN-1");

    private static JsonObject Bill() => new()
    {
        ["vendor"] = new JsonObject { ["id"] = "V1004" },
        ["createdDate"] = "2026-11-22",
        ["billNumber"] = "RETAIN-1",
        ["lines"] = new JsonArray(new JsonObject { ["glAccount"] = new JsonObject { ["id"] = "6100" }, ["txnAmount"] = "10.00" }),
    };
}
