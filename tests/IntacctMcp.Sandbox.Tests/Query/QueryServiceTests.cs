using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Query;

public sealed class QueryServiceTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    private SandboxClient Client => fixture.Client;

    [Fact]
    public async Task Query_Paging_ReturnsMetaWithNextAndPrevious()
    {
        var total = fixture.Server.ExportObjects("accounts-payable/bill").Count;

        var first = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key" }, start = 1, size = 25 });
        var second = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key" }, start = 26, size = 25 });
        var last = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key" }, start = total - 4, size = 25 });

        Assert.Equal(25, first.Rows.Count);
        Assert.Equal(total, first.Meta["totalCount"]!.GetValue<int>());
        Assert.Equal(26, first.Meta["next"]!.GetValue<int>());
        Assert.Null(first.Meta["previous"]);
        Assert.Equal(1, second.Meta["previous"]!.GetValue<int>());
        Assert.Empty(first.Rows.Select(r => r!["key"]!.GetValue<string>()).Intersect(second.Rows.Select(r => r!["key"]!.GetValue<string>())));
        Assert.Equal(5, last.Rows.Count);
        Assert.Null(last.Meta["next"]);
    }

    [Fact]
    public async Task Query_SizeOver4000_IsRejectedWithTarget()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key" }, size = 4001 });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("size", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_DottedReferencePaths_ReachTheReferencedRecords()
    {
        var result = await Client.QueryAsync(new
        {
            @object = "accounts-payable/bill-line",
            fields = new[] { "bill.vendor.name", "glAccount.id", "glAccount.category", "bill.dueDate" },
            filters = new object[] { new Dictionary<string, object> { ["$eq"] = new Dictionary<string, object> { ["glAccount.id"] = "6100" } } },
            size = 4000,
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.NotEmpty(result.Rows);
        Assert.All(result.Rows, r =>
        {
            Assert.Equal("6100", r!["glAccount.id"]!.GetValue<string>());
            Assert.Equal("Operating Expenses", r["glAccount.category"]!.GetValue<string>());
            Assert.False(string.IsNullOrEmpty(r["bill.vendor.name"]!.GetValue<string>()));
        });
        Assert.Contains(result.Rows, r => r!["bill.vendor.name"]!.GetValue<string>() == "Acme Maintenance");
    }

    [Fact]
    public async Task Query_OrderBy_SortsDescendingThenByKey()
    {
        var result = await Client.QueryAsync(new
        {
            @object = "accounts-receivable/customer",
            fields = new[] { "id", "totalDue" },
            orderBy = new[] { new Dictionary<string, string> { ["totalDue"] = "desc" } },
            size = 50,
        });

        var amounts = result.Rows.Select(r => decimal.Parse(r!["totalDue"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(amounts.OrderByDescending(a => a), amounts);
    }

    [Fact]
    public async Task Query_FirstPageOfALargeSortedSet_MatchesAFullSort()
    {
        var expected = fixture.Server.ExportObjects("general-ledger/journal-entry-line")
            .OrderByDescending(l => Amount(l["txnAmount"])).ThenBy(l => long.Parse(l["key"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
            .Take(15).Select(l => l["key"]!.GetValue<string>()).ToList();

        var result = await Client.QueryAsync(new
        {
            @object = "general-ledger/journal-entry-line",
            fields = new[] { "key" },
            orderBy = new[] { new Dictionary<string, string> { ["txnAmount"] = "desc" } },
            size = 15,
        });

        Assert.Equal(expected, result.Rows.Select(r => r!["key"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_ArrayOfQueries_AnswersEachInOrder()
    {
        var result = await Client.QueryAsync(JsonNode.Parse("""
            [ { "object": "company-config/department", "fields": ["id"] }, { "object": "company-config/entity", "fields": ["id"] } ]
            """)!);

        var pages = result.Body!.AsArray();
        Assert.Equal(3, pages[0]!["ia::result"]!.AsArray().Count);
        Assert.Equal(2, pages[1]!["ia::result"]!.AsArray().Count);
    }

    [Fact]
    public async Task Query_Decimals_AreStringsWithTwoDecimals()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "totalTxnAmount", "dueDate", "key" }, size = 10 });

        Assert.All(result.Rows, r =>
        {
            Assert.Matches(@"^\d+\.\d{2}$", r!["totalTxnAmount"]!.GetValue<string>());
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}$", r["dueDate"]!.GetValue<string>());
            Assert.IsType<string>(r["key"]!.GetValue<object>().ToString());
        });
    }

    [Fact]
    public async Task Query_AggregatesGroupedByOtherFields_MatchRecomputedTotals()
    {
        var bills = fixture.Server.ExportObjects("accounts-payable/bill");
        var expected = bills.GroupBy(b => b["state"]!.GetValue<string>())
            .ToDictionary(g => g.Key, g => (Count: g.Count(), Sum: g.Sum(b => Amount(b["totalTxnAmountDue"]))));

        var result = await Client.QueryAsync(new
        {
            @object = "accounts-payable/bill",
            fields = new[] { "state", "count:key", "sum:totalTxnAmountDue", "max:dueDate", "min:totalTxnAmount", "avg:totalTxnAmount" },
        });

        Assert.Equal(expected.Count, result.Rows.Count);
        foreach (var row in result.Rows)
        {
            var state = row!["state"]!.GetValue<string>();
            Assert.Equal(expected[state].Count, row["count:key"]!.GetValue<int>());
            Assert.Equal(expected[state].Sum, Amount(row["sum:totalTxnAmountDue"]));
            Assert.NotNull(row["max:dueDate"]);
        }
    }

    [Fact]
    public async Task Query_AggregateWithoutGroupFields_ReturnsOneRow()
    {
        var result = await Client.QueryAsync(new { @object = "general-ledger/journal-entry-line", fields = new[] { "count:key" } });

        Assert.Single(result.Rows);
        Assert.Equal(fixture.Server.ExportObjects("general-ledger/journal-entry-line").Count, result.Rows[0]!["count:key"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_FilterExpression_CombinesFiltersByPosition()
    {
        var vendors = fixture.Server.ExportObjects("accounts-payable/vendor");
        var expected = vendors.Count(v => v["id"]!.GetValue<string>() == "V1004" ||
            (v["name"]!.GetValue<string>().StartsWith('S') && Amount(v["creditLimit"]) >= 50000m));

        var result = await Client.QueryAsync(JsonNode.Parse("""
            { "object": "accounts-payable/vendor", "fields": ["id"],
              "filters": [ { "$startsWith": { "name": "S" } }, { "$gte": { "creditLimit": "50000" } }, { "$eq": { "id": "V1004" } } ],
              "filterExpression": "(1 AND 2) or 3" }
            """)!);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(expected, result.Rows.Count);
    }

    [Theory]
    [InlineData("1 and", "filterExpression")]
    [InlineData("1 and 4", "filterExpression")]
    [InlineData("(1 or 2", "filterExpression")]
    public async Task Query_BadFilterExpression_IsRejected(string expression, string target)
    {
        var result = await Client.QueryAsync(new
        {
            @object = "accounts-payable/vendor",
            fields = new[] { "id" },
            filters = new object[] { Filter("$eq", "status", "active"), Filter("$eq", "id", "V1001") },
            filterExpression = expression,
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(target, result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_CaseSensitiveComparisonFalse_MatchesAnyCase()
    {
        var sensitive = await Client.QueryAsync(new { @object = "accounts-payable/vendor", fields = new[] { "id" }, filters = new[] { Filter("$eq", "name", "acme maintenance") } });
        var insensitive = await Client.QueryAsync(new
        {
            @object = "accounts-payable/vendor",
            fields = new[] { "id" },
            filters = new[] { Filter("$eq", "name", "acme maintenance") },
            filterParameters = new { caseSensitiveComparison = false },
        });

        Assert.Empty(sensitive.Rows);
        Assert.Equal("V1004", Assert.Single(insensitive.Rows)!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_FilterParameterAtTopLevel_IsRejected()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/vendor", fields = new[] { "id" }, caseSensitiveComparison = false });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("caseSensitiveComparison", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("fields")]
    [InlineData("filters")]
    [InlineData("orderBy")]
    public async Task Query_LinePostingDate_RefusedAsNotAValidField(string where)
    {
        // Sage's line has entryDate; postingDate is the header's (journalEntry.postingDate).
        var result = await Client.QueryAsync(new Dictionary<string, object>
        {
            ["object"] = "general-ledger/journal-entry-line",
            ["fields"] = where == "fields" ? new[] { "key", "postingDate" } : new[] { "key" },
            ["filters"] = where == "filters" ? new[] { Filter("$eq", "postingDate", "2026-01-31") } : Array.Empty<object>(),
            ["orderBy"] = where == "orderBy" ? new[] { new Dictionary<string, string> { ["postingDate"] = "asc" } } : Array.Empty<object>(),
        });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalidRequest", result.Error["code"]!.GetValue<string>());
        Assert.Contains("postingDate' is not a valid field", result.Error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("REST-1043", result.Error["details"]![0]!["errorId"]!.GetValue<string>());
        Assert.Equal("postingDate", result.Error["details"]![0]!["target"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_LineEntryDateAndHeaderPostingDate_Answered()
    {
        var result = await Client.QueryAsync(new
        {
            @object = "general-ledger/journal-entry-line",
            fields = new[] { "key", "entryDate", "journalEntry.postingDate" },
            filters = new[] { Filter("$eq", "journalEntry.state", "posted") },
            orderBy = new[] { new Dictionary<string, string> { ["entryDate"] = "desc" } },
            size = 5,
        });

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.All(result.Rows, r => Assert.Equal(r!["entryDate"]!.GetValue<string>(), r["journalEntry.postingDate"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Query_PriorMonthMacro_MatchesTheCalendarMonthBeforeAsOfDate()
    {
        var lines = fixture.Server.ExportObjects("general-ledger/journal-entry-line");
        var today = lines.Max(l => DateOnly.Parse(l["entryDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        var asOf = new DateOnly(today.Year, today.Month, 1).AddDays(-20);
        var from = new DateOnly(asOf.Year, asOf.Month, 1).AddMonths(-1);
        var to = from.AddMonths(1).AddDays(-1);
        var expected = lines.Count(l => DateOnly.Parse(l["entryDate"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture) is var d && d >= from && d <= to);

        var result = await Client.QueryAsync(new
        {
            @object = "general-ledger/journal-entry-line",
            fields = new[] { "count:key" },
            filters = new[] { Filter("$eq", "entryDate", "priorMonth") },
            filterParameters = new { asOfDate = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
        });

        Assert.True(expected > 0);
        Assert.Equal(expected, result.Rows[0]!["count:key"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_UnknownField_Answers400WithTheFieldAsTarget()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "key", "vendor.nickname" } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal("invalidRequest", result.Error["code"]!.GetValue<string>());
        Assert.Equal("vendor.nickname", result.Error["details"]![0]!["target"]!.GetValue<string>());
        Assert.NotNull(result.Error["supportId"]);
        Assert.Equal(0, result.Meta["totalSuccess"]!.GetValue<int>());
    }

    [Fact]
    public async Task Query_UnknownObject_Answers404()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/widget", fields = new[] { "key" } });

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("notFound", result.Error["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Query_UnknownOperator_IsRejected()
    {
        var result = await Client.QueryAsync(new { @object = "accounts-payable/vendor", fields = new[] { "id" }, filters = new[] { Filter("$like", "name", "Acme%") } });

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
    }

    private static Dictionary<string, object> Filter(string op, string field, object value) =>
        new() { [op] = new Dictionary<string, object> { [field] = value } };

    private static decimal Amount(JsonNode? node) =>
        node!.GetValueKind() == System.Text.Json.JsonValueKind.Number ? node.GetValue<decimal>() : decimal.Parse(node.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
}
