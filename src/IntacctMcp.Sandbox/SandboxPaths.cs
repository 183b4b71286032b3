namespace IntacctMcp.Sandbox;

/// <summary>
/// Where Sage's REST API lives under the sandbox's root URL. A leaf constant at the project root, so the gateway,
/// the OAuth endpoints, the report links and the host all name it from one place without importing one another.
/// </summary>
internal static class SandboxPaths
{
    /// <summary>The API's path prefix, as in <c>https://api.intacct.com/ia/api/v1</c>.</summary>
    public const string ApiPrefix = "/ia/api/v1";
}
