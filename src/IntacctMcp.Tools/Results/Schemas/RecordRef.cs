
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A reference to another record, as Sage nests it.</summary>
internal sealed record RecordRef
{
    /// <summary>Gets the record key.</summary>
    public string? Key { get; init; }

    /// <summary>Gets the ID.</summary>
    public string? Id { get; init; }
}
