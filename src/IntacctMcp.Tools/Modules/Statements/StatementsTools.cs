using System.ComponentModel;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>Financial statements and budget variance, each computed by Sage's query service from aggregates of posted lines.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Statements)]
internal sealed class StatementsTools(ToolRunner runner, PeriodResolver periods, ReferenceDataCache cache)
{
    private const string Compare = "none, prior_period or prior_year.";

    // Unlike Describe.Period it names the default: a statement without a period covers the year to date.
    private const string Period = "e.g. last_quarter, Q1, Q1 2026, ytd (default), last_month.";

    [McpServerTool(Name = "get_income_statement", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(IncomeStatementOutput))]
    [Description("P&L of posted entries by category; default ytd.")]
    public Task<CallToolResult> GetIncomeStatement(
        [Description(Period)] string? period = null,
        [Description(Describe.StartDate)] string? startDate = null,
        [Description(Describe.EndDate)] string? endDate = null,
        [Description("category, account, department or location.")] string groupBy = "category",
        [Description(Compare)] string compare = "none",
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var grouping = StatementGrouping.Parse(groupBy, dimensions: true);
            var comparison = StatementComparisons.Parse(compare);
            var range = periods.Resolve(period, startDate, endDate) ?? periods.Parse("ytd");
            return IncomeStatementReport.BuildAsync(call, cache, range, grouping, comparison, cancellationToken);
        });

    [McpServerTool(Name = "get_balance_sheet", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(BalanceSheetOutput))]
    [Description("Balance sheet of posted entries, current-year net income in equity; checks it balances.")]
    public Task<CallToolResult> GetBalanceSheet(
        [Description("yyyy-mm-dd or a period (its end); default today.")] string? asOf = null,
        [Description("category or account.")] string groupBy = "category",
        [Description(Compare)] string compare = "none",
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var grouping = StatementGrouping.Parse(groupBy, dimensions: false);
            var comparison = StatementComparisons.Parse(compare);
            var date = BalanceSheetDate.Resolve(asOf, periods);
            return BalanceSheetReport.BuildAsync(call, cache, date, grouping == StatementGrouping.Account, comparison, cancellationToken);
        });

    [McpServerTool(Name = "get_budget_variance", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(BudgetVarianceOutput))]
    [Description("Budget vs posted actuals; department rows and totals as net income.")]
    public Task<CallToolResult> GetBudgetVariance(
        [Description(Period)] string? period = null,
        [Description("Budget ID; default: company default.")] string? budget = null,
        [Description("account or department.")] string groupBy = "account",
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var grouping = (groupBy ?? "account").Trim().ToLowerInvariant() switch
            {
                "account" or "" => StatementGrouping.Account,
                "department" => StatementGrouping.Parse("department", dimensions: true),
                _ => throw new ToolArgumentException("groupBy", $"'{groupBy}' is not a grouping; use account or department."),
            };
            var range = string.IsNullOrWhiteSpace(period) ? periods.Parse("ytd") : periods.Parse(period);
            return BudgetVarianceReport.BuildAsync(call, cache, range, string.IsNullOrWhiteSpace(budget) ? null : budget.Trim(), grouping, cancellationToken);
        });
}
