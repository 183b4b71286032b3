using System.Text;

namespace IntacctMcp.Server.Credentials;

/// <summary>One company of the encrypted store, decrypted. Lives in memory only.</summary>
internal sealed record StoredCompany
{
    /// <summary>Gets the configured company name (the key under <c>Intacct:Companies</c>).</summary>
    public required string Name { get; init; }

    /// <summary>Gets the flow (<c>client_credentials</c> or <c>authorization_code</c>), if not the default.</summary>
    public string? Flow { get; init; }

    /// <summary>Gets the OAuth client ID (kept in plain text: it is not a secret).</summary>
    public required string ClientId { get; init; }

    /// <summary>Gets the OAuth client secret. Secret.</summary>
    public required string ClientSecret { get; init; }

    /// <summary>Gets the Web Services user, <c>userId@companyId[|entityId]</c> (encrypted at rest).</summary>
    public required string Username { get; init; }

    /// <summary>Gets the default entity, if any.</summary>
    public string? EntityId { get; init; }

    /// <summary>Gets the API base URL, if not the default.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Gets the sustained request rate per minute, if not the default.</summary>
    public int? RequestsPerMinute { get; init; }

    /// <summary>Gets the burst size, if not the default.</summary>
    public int? Burst { get; init; }

    /// <summary>Gets the concurrency cap, if not the default.</summary>
    public int? MaxConcurrency { get; init; }

    /// <summary>Gets when the company was last saved.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <inheritdoc/>
    /// <remarks>Leaves the secret and the username out, so that logging a company can never leak them.</remarks>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("StoredCompany { Name = ").Append(Name)
            .Append(", Flow = ").Append(Flow)
            .Append(", ClientId = ").Append(ClientId)
            .Append(", EntityId = ").Append(EntityId)
            .Append(", BaseUrl = ").Append(BaseUrl)
            .Append(", UpdatedAt = ").Append(UpdatedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture))
            .Append(" }");
        return text.ToString();
    }
}
