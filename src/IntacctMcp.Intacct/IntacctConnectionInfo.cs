namespace IntacctMcp.Intacct;

/// <summary>The result of a successful connection test.</summary>
/// <param name="Company">The configured company.</param>
/// <param name="TokenCompanyId">The company the token belongs to (from its claims, else the username).</param>
/// <param name="TokenEntityId">The entity the token is scoped to, if any.</param>
/// <param name="TokenExpiresAt">When the cached token expires.</param>
/// <param name="ProbeObject">The object the cheap authenticated read listed.</param>
/// <param name="ProbeTotalCount">How many records that read reported.</param>
public sealed record IntacctConnectionInfo(IntacctCompanyInfo Company, string TokenCompanyId, string? TokenEntityId, DateTimeOffset TokenExpiresAt, string ProbeObject, int? ProbeTotalCount)
{
    /// <summary>Gets the Sage user the token acts as (its <c>userId</c> claim, else the configured Web Services user).</summary>
    public string? TokenUserId { get; init; }
}
