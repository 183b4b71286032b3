using System.ComponentModel;
using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>A journal entry header row.</summary>
[Description(SchemaText.DefaultFields)]
internal sealed record JournalEntryRow
{
    /// <summary>Gets the entry ID.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the journal.</summary>
    [JsonPropertyName("glJournal.id")]
    public string? JournalId { get; init; }

    /// <summary>Gets the posting date.</summary>
    public DateOnly? PostingDate { get; init; }

    /// <summary>Gets the description.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the reference.</summary>
    public string? ReferenceNumber { get; init; }

    /// <summary>Gets the state.</summary>
    public string? State { get; init; }
}
