namespace IntacctMcp.Intacct.Objects;

/// <summary>The per-item outcome of a batch write, in input order (Sage matches results by position).</summary>
/// <param name="Items">One result per record sent.</param>
public sealed record IntacctBatchResult(IReadOnlyList<IntacctBatchItemResult> Items)
{
    /// <summary>Gets how many records were written.</summary>
    public int SuccessCount => Items.Count(i => i.Succeeded);

    /// <summary>Gets how many records failed.</summary>
    public int ErrorCount => Items.Count(i => !i.Succeeded);
}
