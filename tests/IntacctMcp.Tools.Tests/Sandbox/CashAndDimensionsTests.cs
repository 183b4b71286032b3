using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.EndToEnd;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;
using static IntacctMcp.Tools.Tests.Hosting.ToolsHarness;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>get_cash_position and list_dimension_values through the in-process MCP client against the sandbox.</summary>
[Collection(SandboxCollection.Name)]
public sealed class CashAndDimensionsTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    [Fact]
    public async Task GetCashPosition_Today_EachAccountHasItsGlBalance()
    {
        var data = Structured(await Tools.CallAsync("get_cash_position"));

        CashAndDimensionChecks.CheckCashPosition(fixture.Sandbox, data, FiveQuestions.Today);
    }

    [Fact]
    public async Task GetCashPosition_LastMonth_AgreesWithTheTrialBalanceAtMonthEnd()
    {
        var today = FiveQuestions.Today;
        var monthEnd = new DateOnly(today.Year, today.Month, 1).AddDays(-1);

        var cash = Structured(await Tools.CallAsync("get_cash_position", new { asOf = "last_month" }));
        var trialBalance = Structured(await Tools.CallAsync("get_trial_balance", new { period = "last_month", groupBy = "account" }));

        CashAndDimensionChecks.CheckCashPosition(fixture.Sandbox, cash, monthEnd);
        CashAndDimensionChecks.CheckAgreesWithTrialBalance(cash, trialBalance);
    }

    [Theory]
    [InlineData("2999-01-01", "in the future")]
    [InlineData("31/12/2025", "is not a date or period")]
    [InlineData("next_month", "is not a date or period")]
    public async Task GetCashPosition_BadAsOf_ErrorNamesTheArgumentAndTheAcceptedForms(string asOf, string problem)
    {
        var result = await Tools.CallAsync("get_cash_position", new { asOf });

        Assert.True(result.IsError);
        var text = Text(result);
        Assert.Contains("Invalid argument 'asOf'", text, StringComparison.Ordinal);
        Assert.Contains(problem, text, StringComparison.Ordinal);
        Assert.Contains("yyyy-mm-dd", text, StringComparison.Ordinal);
        Assert.Contains("last_month", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("department", "company-config/department", true)]
    [InlineData("location", "company-config/location", true)]
    [InlineData("class", "company-config/class", true)]
    [InlineData("project", "projects/project", true)]
    [InlineData("employee", "company-config/employee", false)]
    [InlineData("item", "inventory-control/item", false)]
    public async Task ListDimensionValues_EachDimension_ListsEveryValueWithStatusAndParent(string dimension, string objectName, bool hasParent)
    {
        var data = Structured(await Tools.CallAsync("list_dimension_values", new { dimension }));

        CashAndDimensionChecks.CheckDimension(fixture.Sandbox, data, objectName, hasParent);
    }

    [Fact]
    public async Task ListDimensionValues_SearchAnyCase_MatchesIdOrName()
    {
        var byName = Structured(await Tools.CallAsync("list_dimension_values", new { dimension = "projects", search = "erp rollout" }));
        var byId = Structured(await Tools.CallAsync("list_dimension_values", new { dimension = "Department", search = "fin" }));

        Assert.Equal(["P-0001", "P-0002"], SandboxData.Ids(byName));
        Assert.Equal("P-0001", byName.GetProperty("items")[1].GetProperty("parent").GetString());
        Assert.Equal(["FIN"], SandboxData.Ids(byId));
    }

    [Fact]
    public async Task ListDimensionValues_UnknownDimension_ErrorListsTheAcceptedValues()
    {
        var result = await Tools.CallAsync("list_dimension_values", new { dimension = "colour" });

        Assert.True(result.IsError);
        var text = Text(result);
        Assert.Contains("Invalid argument 'dimension'", text, StringComparison.Ordinal);
        Assert.Contains("department, location, class, project, employee, item", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListDimensionValues_SageAnswers404_SaysTheCompanyHasNoSuchDimension()
    {
        // A company without the Projects module answers its object with 404, as the sandbox does for an unknown object.
        fixture.Sandbox.Control.SetFaults(new SandboxFaults { ServerErrors = 1, ServerErrorStatus = 404, PathPrefix = "/services/core/query" });
        try
        {
            var result = await Tools.CallAsync("list_dimension_values", new { dimension = "project" });

            Assert.True(result.IsError);
            Assert.Contains("has no project dimension (Sage has no projects/project there)", Text(result), StringComparison.Ordinal);
        }
        finally
        {
            fixture.Sandbox.Control.ClearFaults();
        }
    }
}
