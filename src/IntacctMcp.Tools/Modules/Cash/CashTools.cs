using System.ComponentModel;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Results.Schemas;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Modules.Cash;

/// <summary>Cash: the balances of the bank and card accounts, read from the general ledger.</summary>
[McpServerToolType]
[IntacctToolset(IntacctToolsets.Statements)]
internal sealed class CashTools(ToolRunner runner, PeriodResolver periods, ReferenceDataCache cache)
{
    [McpServerTool(Name = "get_cash_position", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = true, UseStructuredContent = true, OutputSchemaType = typeof(CashPositionOutput))]
    [Description("Bank and credit-card accounts with GL balances at a date (debit positive) and totals.")]
    public Task<CallToolResult> GetCashPosition(
        [Description("yyyy-mm-dd, or period end e.g. last_month; default today.")] string? asOf = null,
        string? company = null,
        string? entity = null,
        CancellationToken cancellationToken = default) =>
        runner.RunAsync(company, entity, call =>
        {
            var (date, label, _) = periods.AsOf(asOf);
            return CashPosition.ComputeAsync(call, cache, date, label, cancellationToken);
        });
}
