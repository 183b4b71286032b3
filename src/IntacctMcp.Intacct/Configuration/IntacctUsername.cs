using System.Diagnostics.CodeAnalysis;

namespace IntacctMcp.Intacct.Configuration;

/// <summary>The parts of a Sage Web Services username, <c>userId@companyId</c> or <c>userId@companyId|entityId</c>.</summary>
/// <param name="UserId">The part before <c>@</c>.</param>
/// <param name="CompanyId">The part after <c>@</c> (and before <c>|</c>).</param>
/// <param name="EntityId">The part after <c>|</c>, if any.</param>
internal sealed record IntacctUsername(string UserId, string CompanyId, string? EntityId)
{
    /// <summary>Parses a username; the <c>@</c> is Sage's separator, not an e-mail address.</summary>
    /// <param name="value">The username.</param>
    /// <param name="username">The parts, when well formed.</param>
    /// <returns>Whether the user, company and (when present) entity parts are all non-empty.</returns>
    public static bool TryParse([NotNullWhen(true)] string? value, out IntacctUsername username)
    {
        username = new IntacctUsername(string.Empty, string.Empty, null);
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        // The user ID itself never holds '@', so the last '@' separates it from the company.
        var at = value.LastIndexOf('@');
        if (at <= 0 || at == value.Length - 1)
        {
            return false;
        }

        var userId = value[..at];
        var rest = value[(at + 1)..];
        string? entityId = null;
        var bar = rest.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            entityId = rest[(bar + 1)..];
            rest = rest[..bar];
            if (entityId.Length == 0)
            {
                return false;
            }
        }

        if (rest.Length == 0)
        {
            return false;
        }

        username = new IntacctUsername(userId, rest, entityId);
        return true;
    }
}
