namespace IntacctMcp.Server.Credentials;

/// <summary>The parts of a Sage Web Services username, <c>userId@companyId[|entityId]</c>, for display and validation.</summary>
/// <remarks>The client library has the same rule internally; its internals are not visible to the <c>intacct-mcp</c> assembly.</remarks>
/// <param name="UserId">The part before the last <c>@</c>.</param>
/// <param name="CompanyId">The Sage Company ID, after <c>@</c> and before <c>|</c>.</param>
/// <param name="EntityId">The pinned entity after <c>|</c>, if any.</param>
internal sealed record UsernameParts(string UserId, string CompanyId, string? EntityId)
{
    /// <summary>Splits a username; <see langword="false"/> when a part is empty or the <c>@</c> is missing.</summary>
    public static bool TryParse(string? value, out UsernameParts parts)
    {
        parts = new UsernameParts(string.Empty, string.Empty, null);
        var text = value?.Trim();
        var at = text?.LastIndexOf('@') ?? -1;
        if (text is null || at <= 0 || at == text.Length - 1)
        {
            return false;
        }

        var company = text[(at + 1)..];
        string? entity = null;
        var bar = company.IndexOf('|', StringComparison.Ordinal);
        if (bar >= 0)
        {
            entity = company[(bar + 1)..];
            company = company[..bar];
        }

        if (company.Length == 0 || entity is { Length: 0 } || company.Any(char.IsWhiteSpace))
        {
            return false;
        }

        parts = new UsernameParts(text[..at], company, entity);
        return true;
    }
}
