using IntacctMcp.Intacct.Idempotency;

namespace IntacctMcp.Intacct.Objects;

/// <summary>A reference to a record as Sage returns it from list, create and update.</summary>
/// <param name="Key">The system record key.</param>
/// <param name="Id">The user-visible ID, when the object has one.</param>
/// <param name="Href">The record's path relative to the API base.</param>
public sealed record IntacctReference(string Key, string? Id, string? Href)
{
    /// <summary>Gets the replay, when Sage answered a repeated <c>Idempotency-Key</c> with the first answer (nothing was written again).</summary>
    public IntacctReplay? Replay { get; init; }
}
