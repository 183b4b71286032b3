using System.Text.Json;

namespace IntacctMcp.Tools.Writes;

/// <summary>The arguments of <c>create_bill</c> / <c>create_invoice</c>.</summary>
/// <param name="Party">The vendor or customer ID or exact name.</param>
/// <param name="Amount">The single line's amount.</param>
/// <param name="GlAccount">The single line's account.</param>
/// <param name="Lines">Several lines instead.</param>
/// <param name="Description">The header description (and single line's memo).</param>
/// <param name="Number">The bill or invoice number.</param>
/// <param name="DocumentDate">The bill or invoice date (yyyy-mm-dd).</param>
/// <param name="DueDate">The due date (yyyy-mm-dd).</param>
/// <param name="Dimensions">Dimension IDs for every line without its own.</param>
/// <param name="RequestId">The caller's name for the document, used in its idempotency key instead of the body.</param>
internal sealed record DocumentRequest(string? Party, decimal? Amount, string? GlAccount, JsonElement? Lines, string? Description, string? Number, string? DocumentDate, string? DueDate, JsonElement? Dimensions, string? RequestId = null);
