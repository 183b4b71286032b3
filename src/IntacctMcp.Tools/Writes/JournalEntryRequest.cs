using System.Text.Json;

namespace IntacctMcp.Tools.Writes;

/// <summary>The arguments of <c>create_journal_entry</c>.</summary>
/// <param name="Journal">The journal ID, e.g. <c>GJ</c>.</param>
/// <param name="PostingDate">The posting date (yyyy-mm-dd).</param>
/// <param name="Description">The entry description (Sage requires one).</param>
/// <param name="ReferenceNumber">An optional reference.</param>
/// <param name="Lines">The lines.</param>
/// <param name="Dimensions">Dimension IDs for lines without their own.</param>
/// <param name="RequestId">The caller's name for the entry, used in its idempotency key instead of the body.</param>
internal sealed record JournalEntryRequest(string? Journal, string? PostingDate, string? Description, string? ReferenceNumber, JsonElement? Lines, JsonElement? Dimensions, string? RequestId = null);
