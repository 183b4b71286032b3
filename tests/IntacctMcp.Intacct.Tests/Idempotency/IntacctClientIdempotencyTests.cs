using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Idempotency;

public sealed class IntacctClientIdempotencyTests
{
    private const string Bill = "accounts-payable/bill";
    private const string Created = """{"ia::result":{"key":"301","id":"B-1","href":"/objects/accounts-payable/bill/301"}}""";

    [Fact]
    public async Task CreateObjectAsync_SameRecordFromTwoClients_SameKeyAndCanonicalBody()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, Created));
        await using var first = ClientHarness.Create(sage.BaseUrl);
        await using var second = ClientHarness.Create(sage.BaseUrl);

        await first.Client.CreateObjectAsync(Bill, new JsonObject { ["vendor"] = new JsonObject { ["id"] = "V1" }, ["amount"] = 1250.00m }, cancellationToken: ct);
        await second.Client.CreateObjectAsync(Bill, new JsonObject { ["amount"] = 1250m, ["vendor"] = new JsonObject { ["id"] = "V1" } }, cancellationToken: ct);

        var keys = sage.ApiRequests.Select(r => SageMock.Header(r, "Idempotency-Key")).ToList();
        Assert.Equal(2, keys.Count);
        Assert.Equal(keys[0], keys[1]);
        Assert.All(sage.ApiRequests, r => Assert.Equal("""{"amount":1250,"vendor":{"id":"V1"}}""", r.RequestMessage.Body));
    }

    [Fact]
    public async Task CreateObjectAsync_EntityOrRequestId_ChangesTheKey_CallersKeyWins()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, Created));
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        var body = new JsonObject { ["id"] = "B-1" };

        await harness.Client.CreateObjectAsync(Bill, body, cancellationToken: ct);
        await harness.Client.CreateObjectAsync(Bill, body, new IntacctRequestOptions { Entity = "E100" }, ct);
        await harness.Client.CreateObjectAsync(Bill, body, new IntacctRequestOptions { RequestId = "bill-1" }, ct);
        await harness.Client.CreateObjectAsync(Bill, body, new IntacctRequestOptions { RequestId = "bill-1", IdempotencyKey = "mine-1" }, ct);

        var keys = sage.ApiRequests.Select(r => SageMock.Header(r, "Idempotency-Key")).ToList();
        Assert.Equal(3, keys.Take(3).Distinct().Count());
        Assert.Equal("mine-1", keys[3]);
        Assert.Equal(harness.Client.IdempotencyKeyFor(new IntacctRawRequest { Method = HttpMethod.Post, Path = "/objects/" + Bill, Body = body }, new IntacctRequestOptions { RequestId = "bill-1" }), keys[2]);
    }

    [Fact]
    public async Task CreateObjectAsync_ReplayedAnswer_ReportsTheCachedDate()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, Created, ("x-ia-idempotency-cached-date", "2026-12-07T06:01:02Z")));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var reference = await harness.Client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B-1" }, cancellationToken: ct);

        Assert.Equal("301", reference.Key);
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 6, 1, 2, TimeSpan.Zero), reference.Replay?.CachedAt);
    }

    [Fact]
    public async Task CreateObjectAsync_FirstAnswer_IsNoReplay()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, Created));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var reference = await harness.Client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B-1" }, cancellationToken: ct);

        Assert.Null(reference.Replay);
    }

    [Fact]
    public async Task CreateObjectAsync_409ForReusedKey_IdempotencyConflictNamingTheKey()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(409, """{"ia::result":{"ia::error":{"code":"conflict","message":"The Idempotency-Key was already used with a different request.","details":[{"target":"Idempotency-Key"}]}}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctIdempotencyConflictException>(() => harness.Client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B-1" }, new IntacctRequestOptions { RequestId = "bill-1" }, ct));

        Assert.Equal(SageMock.Header(Assert.Single(sage.ApiRequests), "Idempotency-Key"), error.IdempotencyKey);
    }

    [Fact]
    public async Task CreateObjectAsync_409ForDuplicateId_StaysAPlainConflict()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(409, """{"ia::result":{"ia::error":{"code":"duplicate","message":"A record with ID B-1 already exists."}}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctConflictException>(() => harness.Client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B-1" }, cancellationToken: ct));

        Assert.IsNotType<IntacctIdempotencyConflictException>(error);
    }

    [Fact]
    public async Task CreateObjectAsync_RequestIdTooLong_RefusedBeforeSending()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B-1" }, new IntacctRequestOptions { RequestId = new string('r', 65) }, ct));

        Assert.Contains("requestId", error.Message, StringComparison.Ordinal);
        Assert.Empty(sage.ApiRequests);
    }
}
