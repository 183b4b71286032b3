using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Query;

public sealed class IntacctQueryTests
{
    private const string Query = "/services/core/query";

    [Fact]
    public async Task QueryAsync_TypedQuery_SendsSageWireFormAndReadsMeta()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("POST", Query, Page(5, 2, 2));
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        var query = new IntacctQuery
        {
            Object = "accounts-payable/bill",
            Fields = ["key", "id", "vendor.id", "sum:totalTxnAmountDue"],
            Filters =
            [
                IntacctFilter.Eq("state", "posted"),
                IntacctFilter.Between("dueDate", "2026-01-01", "2026-01-31"),
                IntacctFilter.In("vendor.id", ["V1", "V2"]),
                new IntacctFilter(IntacctFilterOperator.NotStartsWith, "id", "X"),
            ],
            FilterExpression = "(1 and 2) or (3 and 4)",
            FilterParameters = new IntacctFilterParameters { AsOfDate = new DateOnly(2026, 6, 30), CaseSensitiveComparison = false, IncludePrivate = true },
            OrderBy = [new IntacctOrderBy("dueDate"), new IntacctOrderBy("id", Descending: true)],
            Start = 2,
            Size = 2,
        };

        var page = await harness.Client.QueryAsync(query, new IntacctRequestOptions { Entity = "E100" }, ct);

        Assert.Equal(["B2", "B3"], page.Items.Select(r => r["id"]!.GetValue<string>()));
        Assert.Equal((5, 2, 4), (page.Meta.TotalCount, page.Meta.Start, page.Meta.Next));
        var sent = Assert.Single(sage.ApiRequests);
        Assert.Equal(Query, SageMock.ApiPath(sent));
        Assert.Equal("E100", SageMock.Header(sent, "X-IA-API-Param-Entity"));
        var expected = """
            {"object":"accounts-payable/bill","fields":["key","id","vendor.id","sum:totalTxnAmountDue"],
             "filters":[{"$eq":{"state":"posted"}},{"$between":{"dueDate":["2026-01-01","2026-01-31"]}},{"$in":{"vendor.id":["V1","V2"]}},{"$notStartsWith":{"id":"X"}}],
             "filterExpression":"(1 and 2) or (3 and 4)",
             "filterParameters":{"asOfDate":"2026-06-30","caseSensitiveComparison":false,"includePrivate":true},
             "orderBy":[{"dueDate":"asc"},{"id":"desc"}],"start":2,"size":2}
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(sent.RequestMessage.Body!)), sent.RequestMessage.Body);
    }

    [Fact]
    public void FilterOperators_All_SeventeenDistinctWireNames()
    {
        Assert.Equal(17, IntacctFilterOperators.WireNames.Distinct().Count());
        foreach (var name in IntacctFilterOperators.WireNames)
        {
            Assert.True(IntacctFilterOperators.TryParse(name, out var op));
            Assert.Equal(name, IntacctFilterOperators.ToWire(op));
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4001)]
    public async Task QueryAsync_SizeOutOfRange_Refused(int size)
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.QueryAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = size }, cancellationToken: ct));

        Assert.Contains("4000", error.Message, StringComparison.Ordinal);
        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task QueryAsync_ArrayOperatorWithScalar_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        await using var harness = ClientHarness.Create(sage.BaseUrl);
        var query = new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Filters = [new IntacctFilter(IntacctFilterOperator.In, "id", "B1")] };

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.QueryAsync(query, cancellationToken: ct));

        Assert.Empty(sage.ApiRequests);
    }

    [Fact]
    public async Task QueryAllAsync_SeveralPages_FollowsNextUntilExhausted()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("POST", Query, Page(250, 1, 100), Page(250, 101, 100), Page(250, 201, 100));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var rows = await harness.Client.QueryAllAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = 100 }, cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(250, rows.Count);
        Assert.Equal("B250", rows[^1]["id"]!.GetValue<string>());
        Assert.Equal([1, 101, 201], sage.ApiRequests.Select(r => JsonNode.Parse(r.RequestMessage.Body!)!["start"]!.GetValue<int>()));
    }

    [Fact]
    public async Task QueryAllAsync_MaxRows_StopsEarly()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Sequence("POST", Query, Page(250, 1, 100), Page(250, 101, 100), Page(250, 201, 100));
        await using var harness = ClientHarness.Create(sage.BaseUrl);

        var rows = await harness.Client.QueryAllAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = 100 }, maxRows: 150, cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(150, rows.Count);
        Assert.Equal(2, sage.ApiRequests.Count);
    }

    [Fact]
    public async Task GetModelAsync_RepeatedWithinCacheDuration_ServedFromCachePerCompany()
    {
        var ct = TestContext.Current.CancellationToken;
        using var sage = SageMock.Start();
        sage.Always("GET", "/services/core/model", SageMock.Json(200, """{"ia::result":{"type":"rootObject","fields":{"key":{"type":"string"},"id":{"type":"string"}},"httpMethods":"GET,POST"}}"""));
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(sage.BaseUrl, o => o.ModelCacheDuration = TimeSpan.FromMinutes(10), time);

        var first = await harness.Client.GetModelAsync("accounts-payable/bill", ct);
        first["mutated"] = true;
        var second = await harness.Client.GetModelAsync("accounts-payable/bill", ct);
        time.Advance(TimeSpan.FromMinutes(11));
        await harness.Client.GetModelAsync("accounts-payable/bill", ct);

        Assert.Null(second["mutated"]);
        Assert.Equal("rootObject", second["type"]!.GetValue<string>());
        Assert.Equal(2, sage.ApiRequests.Count);
        Assert.Equal("?name=accounts-payable%2Fbill", sage.ApiRequests[0].RequestMessage.RawQuery);
    }

    /// <summary>One page of Sage's query answer over <paramref name="total"/> rows B1…Bn: rows start…start+size-1, with next/previous as Sage sets them.</summary>
    private static WireMock.ResponseBuilders.IResponseBuilder Page(int total, int start, int size)
    {
        var rows = Enumerable.Range(start, Math.Max(0, Math.Min(size, total - start + 1))).Select(i => (JsonNode?)new JsonObject { ["id"] = $"B{i}" }).ToArray();
        int? next = start - 1 + size < total ? start + size : null;
        var meta = new JsonObject { ["totalCount"] = total, ["start"] = start, ["pageSize"] = size, ["next"] = next, ["previous"] = start > 1 ? Math.Max(1, start - size) : null };
        return SageMock.Json(200, new JsonObject { ["ia::result"] = new JsonArray(rows), ["ia::meta"] = meta }.ToJsonString());
    }
}
