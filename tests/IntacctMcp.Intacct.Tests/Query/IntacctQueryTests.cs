using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Query;

public sealed class IntacctQueryTests
{
    [Fact]
    public async Task QueryAsync_TypedQuery_SendsSageWireFormAndReadsMeta()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.QueryRows = [.. Enumerable.Range(1, 5).Select(i => new JsonObject { ["id"] = $"B{i}" })];
        await using var harness = ClientHarness.Create(peer.BaseUrl);
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
        var sent = Assert.Single(peer.ApiRequests);
        Assert.Equal("/services/core/query", sent.Path);
        Assert.Equal("E100", sent.Header("X-IA-API-Param-Entity"));
        var expected = """
            {"object":"accounts-payable/bill","fields":["key","id","vendor.id","sum:totalTxnAmountDue"],
             "filters":[{"$eq":{"state":"posted"}},{"$between":{"dueDate":["2026-01-01","2026-01-31"]}},{"$in":{"vendor.id":["V1","V2"]}},{"$notStartsWith":{"id":"X"}}],
             "filterExpression":"(1 and 2) or (3 and 4)",
             "filterParameters":{"asOfDate":"2026-06-30","caseSensitiveComparison":false,"includePrivate":true},
             "orderBy":[{"dueDate":"asc"},{"id":"desc"}],"start":2,"size":2}
            """;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(sent.Body)), sent.Body);
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
        await using var peer = await SagePeer.StartAsync(ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var error = await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.QueryAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = size }, cancellationToken: ct));

        Assert.Contains("4000", error.Message, StringComparison.Ordinal);
        Assert.Empty(peer.ApiRequests);
    }

    [Fact]
    public async Task QueryAsync_ArrayOperatorWithScalar_Refused()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        await using var harness = ClientHarness.Create(peer.BaseUrl);
        var query = new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Filters = [new IntacctFilter(IntacctFilterOperator.In, "id", "B1")] };

        await Assert.ThrowsAsync<IntacctRequestRefusedException>(() => harness.Client.QueryAsync(query, cancellationToken: ct));

        Assert.Empty(peer.ApiRequests);
    }

    [Fact]
    public async Task QueryAllAsync_SeveralPages_FollowsNextUntilExhausted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.QueryRows = [.. Enumerable.Range(1, 250).Select(i => new JsonObject { ["id"] = $"B{i}" })];
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var rows = await harness.Client.QueryAllAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = 100 }, cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(250, rows.Count);
        Assert.Equal("B250", rows[^1]["id"]!.GetValue<string>());
        Assert.Equal([1, 101, 201], peer.ApiRequests.Select(r => JsonNode.Parse(r.Body)!["start"]!.GetValue<int>()));
    }

    [Fact]
    public async Task QueryAllAsync_MaxRows_StopsEarly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        peer.QueryRows = [.. Enumerable.Range(1, 250).Select(i => new JsonObject { ["id"] = $"B{i}" })];
        await using var harness = ClientHarness.Create(peer.BaseUrl);

        var rows = await harness.Client.QueryAllAsync(new IntacctQuery { Object = "accounts-payable/bill", Fields = ["id"], Size = 100 }, maxRows: 150, cancellationToken: ct).ToListAsync(ct);

        Assert.Equal(150, rows.Count);
        Assert.Equal(2, peer.ApiRequests.Count);
    }

    [Fact]
    public async Task GetModelAsync_RepeatedWithinCacheDuration_ServedFromCachePerCompany()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var peer = await SagePeer.StartAsync(ct);
        var time = new FakeTimeProvider(ClientHarness.Start);
        await using var harness = ClientHarness.Create(peer.BaseUrl, o => o.ModelCacheDuration = TimeSpan.FromMinutes(10), time);

        var first = await harness.Client.GetModelAsync("accounts-payable/bill", ct);
        first["mutated"] = true;
        var second = await harness.Client.GetModelAsync("accounts-payable/bill", ct);
        time.Advance(TimeSpan.FromMinutes(11));
        await harness.Client.GetModelAsync("accounts-payable/bill", ct);

        Assert.Null(second["mutated"]);
        Assert.Equal("rootObject", second["type"]!.GetValue<string>());
        Assert.Equal(2, peer.ApiRequests.Count);
        Assert.Equal("?name=accounts-payable%2Fbill", peer.ApiRequests[0].QueryString);
    }
}
