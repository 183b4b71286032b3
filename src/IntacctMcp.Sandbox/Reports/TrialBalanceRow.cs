using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Reports;

/// <summary>One account of a trial balance; balances are signed, debit positive.</summary>
internal sealed record TrialBalanceRow(Record Account, decimal Opening, decimal Debits, decimal Credits)
{
    public decimal Ending => Opening + Debits - Credits;
}
