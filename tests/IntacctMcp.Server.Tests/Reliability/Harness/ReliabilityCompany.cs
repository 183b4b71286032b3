using System.Security.Cryptography;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// A sandbox company with distinctive credentials made for this run, so that any leak is unmistakable. The secret is
/// registered with <see cref="SecretLedger"/> when made.
/// </summary>
/// <param name="Name">The name the server knows the company by (the tools' <c>company</c> argument).</param>
/// <param name="CompanyId">The Sage company ID.</param>
/// <param name="ClientId">The OAuth client ID.</param>
/// <param name="ClientSecret">The OAuth client secret.</param>
/// <param name="UserId">The Web Services user.</param>
internal sealed record ReliabilityCompany(string Name, string CompanyId, string ClientId, string ClientSecret, string UserId)
{
    public string Username => $"{UserId}@{CompanyId}";

    public static ReliabilityCompany Create(string name)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant();
        var company = new ReliabilityCompany(
            name,
            "RELIAB" + name.ToUpperInvariant(),
            $"reliability-{name}-client",
            $"r3liab1lity-S3CRET-{name}-{nonce}",
            "ai-api");
        SecretLedger.Register($"client secret of company '{name}'", company.ClientSecret);
        return company;
    }
}
