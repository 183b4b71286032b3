namespace IntacctMcp.Intacct;

/// <summary>What may be shown about a configured company: never the secret.</summary>
/// <param name="Name">The configured name (e.g. <c>default</c>).</param>
/// <param name="CompanyId">The Sage company ID, the part of the username after <c>@</c>.</param>
/// <param name="UserId">The Web Services user, the part before <c>@</c>.</param>
/// <param name="EntityId">The entity the username or configuration pins, if any.</param>
/// <param name="BaseUrl">The API base URL.</param>
/// <param name="IsSandbox">Whether this is the built-in sandbox company (demo data, not real books).</param>
public sealed record IntacctCompanyInfo(string Name, string CompanyId, string UserId, string? EntityId, Uri BaseUrl, bool IsSandbox)
{
    /// <summary>Gets how the company gets its tokens: <c>client_credentials</c> (a Web Services user, the default) or
    /// <c>authorization_code</c> (a regular user who signed in; <see cref="UserId"/> and <see cref="CompanyId"/> are then empty
    /// until known from the token).</summary>
    public string Flow { get; init; } = Configuration.IntacctFlows.ClientCredentials;
}
