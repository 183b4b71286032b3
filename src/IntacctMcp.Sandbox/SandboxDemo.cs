namespace IntacctMcp.Sandbox;

/// <summary>The documented credentials and facts of the built-in demo company.</summary>
public static class SandboxDemo
{
    /// <summary>The demo client ID (authorized for the demo company).</summary>
    public const string ClientId = "sandbox-client-id";

    /// <summary>The demo client secret.</summary>
    public const string ClientSecret = "sandbox-client-secret";

    /// <summary>The demo Web Services user.</summary>
    public const string UserId = "ai-api";

    /// <summary>The demo company ID.</summary>
    public const string CompanyId = "DEMO";

    /// <summary>The username to send in the token request, <c>userId@companyId</c>.</summary>
    public const string Username = "ai-api@DEMO";

    /// <summary>The demo company's name.</summary>
    public const string CompanyName = "Sandbox Demo Company";

    /// <summary>A registered client that the demo company has NOT authorized: token requests with it fail with "invalid sender".</summary>
    public const string UnauthorizedClientId = "sandbox-unlisted-client-id";

    /// <summary>The secret of <see cref="UnauthorizedClientId"/>.</summary>
    public const string UnauthorizedClientSecret = "sandbox-unlisted-client-secret";

    /// <summary>A public client (no secret) authorized for the demo company: the authorization-code flow with PKCE only.</summary>
    public const string PublicClientId = "sandbox-public-client-id";

    /// <summary>A regular user of the demo company (Jane Smith, accountant), who signs in through the authorization-code flow.</summary>
    public const string RegularUserId = "jsmith";

    /// <summary>A second regular user of the demo company (Maria Lee, controller).</summary>
    public const string SecondRegularUserId = "mlee";

    /// <summary>Gets the entity IDs of the demo company.</summary>
    public static IReadOnlyList<string> EntityIds { get; } = ["E100", "E200"];
}
