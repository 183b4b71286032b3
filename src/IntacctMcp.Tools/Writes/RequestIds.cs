using IntacctMcp.Intacct.Idempotency;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Writes;

/// <summary>Reads the optional <c>requestId</c> argument of the write tools.</summary>
internal static class RequestIds
{
    /// <summary>The argument's description, shared by every write tool (one short sentence: it goes to the model on every turn).</summary>
    public const string Description = "Same ID repeats safely; a new ID posts another copy.";

    /// <summary>Parses the argument.</summary>
    /// <param name="requestId">The argument.</param>
    /// <returns>The trimmed request ID, or <see langword="null"/> when none was given.</returns>
    public static string? Parse(string? requestId)
    {
        if (string.IsNullOrWhiteSpace(requestId))
        {
            return null;
        }

        var trimmed = requestId.Trim();
        return IntacctIdempotencyKey.Problem(trimmed) is { } problem
            ? throw new ToolArgumentException("requestId", $"{problem}; use a short name for the document, e.g. bill-2026-0042.")
            : trimmed;
    }
}
