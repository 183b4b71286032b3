using IntacctMcp.Intacct.Query;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using Xunit;

namespace IntacctMcp.Tools.Tests.Querying;

public sealed class OpenItemQueryTests
{
    private static readonly DateOnly Today = new(2026, 5, 14);

    [Fact]
    public void Filters_OpenBillsOver5000DueIn30Days_OneQueryWithStateAmountAndDueRange()
    {
        var set = OpenItemQuery.Filters(OpenItemSpec.Bill, new OpenItemFilter(true, 5000m, 30, null, null, null, null), Today);

        var wire = set.Filters.Select(f => f.ToJson().ToJsonString()).ToList();
        Assert.Equal(
            [
                "{\"$in\":{\"state\":[\"posted\",\"partiallyPaid\"]}}",
                "{\"$gt\":{\"totalTxnAmountDue\":5000}}",
                "{\"$between\":{\"dueDate\":[\"2026-05-14\",\"2026-06-13\"]}}",
            ],
            wire);
        Assert.Null(set.Expression);
    }

    [Fact]
    public void Filters_Vendor_MatchesIdOrExactName()
    {
        var set = OpenItemQuery.Filters(OpenItemSpec.Bill, new OpenItemFilter(false, null, null, null, null, "paid", "Acme Maintenance"), Today);

        Assert.Equal("1 and (2 or 3)", set.Expression);
        Assert.Equal("vendor.name", set.Filters[2].Field);
        Assert.Equal(IntacctFilterOperator.Eq, set.Filters[0].Operator);
    }

    [Fact]
    public void Filters_StatesInAnyCase_SentInSageSpelling()
    {
        var set = OpenItemQuery.Filters(OpenItemSpec.Invoice, new OpenItemFilter(false, null, null, null, null, "PARTIALLYPAID, posted", null), Today);

        Assert.Equal("{\"$in\":{\"state\":[\"partiallyPaid\",\"posted\"]}}", set.Filters[0].ToJson().ToJsonString());
    }

    [Fact]
    public void Filters_UnknownState_NamesTheArgumentAndTheAcceptedStates()
    {
        var error = Assert.Throws<ToolArgumentException>(() =>
            OpenItemQuery.Filters(OpenItemSpec.Bill, new OpenItemFilter(false, null, null, null, null, "posted,bogus", null), Today));

        Assert.Equal("state", error.Argument);
        Assert.Contains("'bogus' is not a bill state", error.Message, StringComparison.Ordinal);
        Assert.Contains("partiallyPaid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Filters_NegativeDays_NamesArgument()
    {
        var error = Assert.Throws<ToolArgumentException>(() => OpenItemQuery.Filters(OpenItemSpec.Bill, new OpenItemFilter(true, null, -1, null, null, null, null), Today));
        Assert.Equal("dueWithinDays", error.Argument);
    }

    [Fact]
    public void ParseFilters_UnknownOperator_ListsTheOperators()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("[{\"$like\":{\"name\":\"A%\"}}]");

        var error = Assert.Throws<ToolArgumentException>(() => QueryArguments.ParseFilters(doc.RootElement));

        Assert.Equal("filters", error.Argument);
        Assert.Contains("$notEndsWith", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseFilters_SageForm_RoundTrips()
    {
        using var doc = System.Text.Json.JsonDocument.Parse("[{\"$between\":{\"dueDate\":[\"2026-01-01\",\"2026-01-31\"]}},{\"$in\":{\"vendor.id\":[\"V1\"]}}]");

        var filters = QueryArguments.ParseFilters(doc.RootElement);

        Assert.Equal("{\"$between\":{\"dueDate\":[\"2026-01-01\",\"2026-01-31\"]}}", filters[0].ToJson().ToJsonString());
        Assert.Equal(IntacctFilterOperator.In, filters[1].Operator);
        Assert.Throws<ToolArgumentException>(() => QueryArguments.FilterExpression("1 or 3", 2));
    }
}
