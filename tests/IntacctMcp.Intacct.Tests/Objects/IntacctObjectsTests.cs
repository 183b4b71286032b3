using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Tests.Infrastructure;
using WireMock.ResponseBuilders;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Objects;

public sealed class IntacctObjectsTests
{
    private const string Bill = "accounts-payable/bill";

    [Fact]
    public async Task CreateObjectsAsync_MixedResults207_OneResultPerItemInInputOrder()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(207, """
            {"ia::result":[
              {"key":"100","id":"B1","href":"/objects/accounts-payable/bill/100"},
              {"ia::error":{"code":"invalidRequest","message":"Item 1 is invalid","errorId":"REST-1028","supportId":"s1","details":[{"target":"name","message":"required"}]}},
              {"key":"101","id":"B3","href":"/objects/accounts-payable/bill/101"}],
             "ia::meta":{"totalCount":3,"totalSuccess":2,"totalError":1}}
            """));
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        JsonObject[] records = [new() { ["id"] = "B1" }, new() { ["id"] = "B2", ["fail"] = true }, new() { ["id"] = "B3" }];

        var result = await harness.Client.CreateObjectsAsync(Bill, records, cancellationToken: ct);

        Assert.Equal([0, 1, 2], result.Items.Select(i => i.Index));
        Assert.Equal(["B1", null, "B3"], result.Items.Select(i => i.Reference?.Id));
        Assert.True(result.Items[0].Succeeded);
        Assert.False(result.Items[1].Succeeded);
        Assert.Equal("Item 1 is invalid", result.Items[1].Error!.Message);
        Assert.Equal("REST-1028", result.Items[1].Error!.ErrorId);
        Assert.Equal("name", Assert.Single(result.Items[1].Error!.Details).Target);
        Assert.Equal((2, 1), (result.SuccessCount, result.ErrorCount));
        Assert.Null(SageMock.Header(Assert.Single(sage.ApiRequests), "X-IA-API-Param-Transaction"));
    }

    [Fact]
    public async Task CreateObjectsAsync_Atomic_SendsTransactionHeaderAndIdempotencyKey()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, """
            {"ia::result":[{"key":"100","id":"B1"},{"key":"101","id":"B2"}],"ia::meta":{"totalCount":2,"totalSuccess":2,"totalError":0}}
            """));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var result = await harness.Client.CreateObjectsAsync(Bill, [new() { ["id"] = "B1" }, new() { ["id"] = "B2" }], atomic: true, cancellationToken: ct);

        Assert.Equal(2, result.SuccessCount);
        var sent = Assert.Single(sage.ApiRequests);
        Assert.Equal("true", SageMock.Header(sent, "X-IA-API-Param-Transaction"));
        Assert.NotNull(SageMock.Header(sent, "Idempotency-Key"));
        Assert.Equal(2, JsonNode.Parse(sent.RequestMessage.Body!)!.AsArray().Count);
    }

    [Fact]
    public async Task CreateObjectsAsync_MoreThan500_RefusedBeforeSending()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        var records = Enumerable.Range(0, 501).Select(i => new JsonObject { ["id"] = $"B{i}" }).ToList();

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.CreateObjectsAsync(Bill, records, cancellationToken: ct));

        Assert.Contains("500", error.Message, StringComparison.Ordinal);
        Assert.Empty(sage.ApiRequests);
        Assert.Equal(0, sage.TokenRequests);
    }

    [Fact]
    public async Task CreateUpdateGetListDelete_RoundTrip_UsesObjectPaths()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        const string Record = "/objects/" + Bill + "/100";
        sage.Always("POST", "/objects/" + Bill, SageMock.Json(201, """{"ia::result":{"key":"100","id":"B1","href":"/objects/accounts-payable/bill/100"},"ia::meta":{"totalCount":1,"totalSuccess":1,"totalError":0}}"""));
        sage.Always("PATCH", Record, SageMock.Json(200, """{"ia::result":{"key":"100","id":"B1","href":"/objects/accounts-payable/bill/100"}}"""));
        sage.Sequence(
            "GET",
            Record,
            SageMock.Json(200, """{"ia::result":{"key":"100","id":"B1","description":"second"},"ia::meta":{"totalCount":1}}"""),
            SageMock.Json(404, """{"ia::result":{"ia::error":{"code":"notFound","message":"Record not found","errorId":"REST-1404","supportId":"mock-404"}}}"""));
        sage.Always("GET", "/objects/" + Bill, SageMock.Json(200, """
            {"ia::result":[{"key":"100","id":"B1","href":"/objects/accounts-payable/bill/100"}],"ia::meta":{"totalCount":1,"start":1,"pageSize":50,"next":null,"previous":null}}
            """));
        sage.Always("DELETE", Record, Response.Create().WithStatusCode(204));
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        var client = harness.Client;

        var created = await client.CreateObjectAsync(Bill, new JsonObject { ["id"] = "B1", ["description"] = "first" }, cancellationToken: ct);
        var updated = await client.UpdateObjectAsync(Bill, created.Key, new JsonObject { ["description"] = "second" }, cancellationToken: ct);
        var record = await client.GetObjectAsync(Bill, created.Key, cancellationToken: ct);
        var list = await client.ListObjectsAsync(Bill, pageSize: 50, cancellationToken: ct);
        await client.DeleteObjectAsync(Bill, created.Key, cancellationToken: ct);
        var gone = await Assert.ThrowsAsync<IntacctNotFoundException>(() => client.GetObjectAsync(Bill, created.Key, cancellationToken: ct));

        Assert.Equal(created.Key, updated.Key);
        Assert.Equal("second", record["description"]?.GetValue<string>());
        Assert.Equal(created.Key, Assert.Single(list.Items).Key);
        Assert.Equal(1, list.Meta.TotalCount);
        Assert.Contains("Record not found (errorId REST-1404, supportId mock-404)", gone.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["POST /objects/accounts-payable/bill", $"PATCH /objects/accounts-payable/bill/{created.Key}", $"GET /objects/accounts-payable/bill/{created.Key}", "GET /objects/accounts-payable/bill", $"DELETE /objects/accounts-payable/bill/{created.Key}", $"GET /objects/accounts-payable/bill/{created.Key}"],
            sage.ApiRequests.Select(r => $"{r.RequestMessage.Method} {SageMock.ApiPath(r)}"));
        Assert.Equal("?start=1&pageSize=50", sage.ApiRequests[3].RequestMessage.RawQuery);
        Assert.NotNull(SageMock.Header(sage.ApiRequests[1], "Idempotency-Key"));
    }

    [Fact]
    public async Task GetObjectsAsync_SeveralKeys_CommaSeparatedInPath()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/*", SageMock.Json(200, """{"ia::result":[{"key":"1"},{"key":"2"}]}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var records = await harness.Client.GetObjectsAsync(Bill, ["1", "2"], cancellationToken: ct);

        Assert.Equal(2, records.Count);
        Assert.Equal("/objects/accounts-payable/bill/1,2", SageMock.ApiPath(Assert.Single(sage.ApiRequests)));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("E100", null, "E100")]
    [InlineData(null, "E200", "E200")]
    [InlineData("E100", "E200", "E200")]
    public async Task ListObjectsAsync_EntityScoping_SendsEntityHeader(string? companyEntity, string? requestEntity, string? expected)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/accounts-payable/vendor", SageMock.Json(200, """{"ia::result":[],"ia::meta":{"totalCount":0,"start":1,"pageSize":100,"next":null,"previous":null}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.EntityId = companyEntity);

        await harness.Client.ListObjectsAsync("accounts-payable/vendor", options: new IntacctRequestOptions { Entity = requestEntity }, cancellationToken: ct);

        Assert.Equal(expected, SageMock.Header(Assert.Single(sage.ApiRequests), "X-IA-API-Param-Entity"));
    }

    [Theory]
    [InlineData("bill")]
    [InlineData("accounts-payable/")]
    [InlineData("/bill")]
    [InlineData("accounts-payable/../oauth2")]
    [InlineData("accounts-payable/bill/1")]
    [InlineData("accounts payable/bill")]
    public async Task GetObjectAsync_MalformedObjectName_Refused(string objectName)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.GetObjectAsync(objectName, "1", cancellationToken: ct));

        Assert.Empty(sage.ApiRequests);
    }

    [Theory]
    [InlineData("../1")]
    [InlineData("1/2")]
    [InlineData("1%2f2")]
    [InlineData("1\r\n")]
    [InlineData("")]
    public async Task GetObjectAsync_MalformedKey_Refused(string key)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.GetObjectAsync(Bill, key, cancellationToken: ct));

        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task GetObjectAsync_DocumentTypeName_KeepsColonsAndEncodesSpace()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/objects/*", SageMock.Json(200, """{"ia::result":{"key":"7"}}"""));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        await harness.Client.GetObjectAsync("order-entry/document::Sales Invoice", "7", cancellationToken: ct);

        Assert.Equal("/objects/order-entry/document::Sales Invoice/7", SageMock.ApiPath(Assert.Single(sage.ApiRequests)));
    }
}
