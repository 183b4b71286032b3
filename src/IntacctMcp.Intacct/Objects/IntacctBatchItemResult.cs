using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Objects;

/// <summary>The outcome of one record of a batch write.</summary>
/// <param name="Index">The 0-based position of the record in the request.</param>
/// <param name="Reference">The written record, when it succeeded.</param>
/// <param name="Error">Sage's error, when it failed.</param>
public sealed record IntacctBatchItemResult(int Index, IntacctReference? Reference, IntacctApiError? Error)
{
    /// <summary>Gets whether the record was written.</summary>
    public bool Succeeded => Reference is not null && Error is null;
}
