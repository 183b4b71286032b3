namespace IntacctMcp.Tools.Writes;

/// <summary>One line of a bill, invoice or journal entry, validated.</summary>
/// <param name="GlAccount">The account number.</param>
/// <param name="Amount">The amount (positive).</param>
/// <param name="Memo">The line memo, if any.</param>
/// <param name="Dimensions">Dimension IDs by name (department, location …).</param>
/// <param name="TxnType">For journal entries: <c>debit</c> or <c>credit</c>.</param>
internal sealed record DocumentLine(string GlAccount, decimal Amount, string? Memo, IReadOnlyDictionary<string, string> Dimensions, string? TxnType = null);
