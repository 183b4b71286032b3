using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Credentials;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>A regular-user company "acme" on the sandbox's public client, configured through the environment, with its own store folder.</summary>
internal sealed class SignInEnvironment(SandboxServer sandbox, string home)
{
    public const string Company = "acme";

    public string Home { get; } = home;

    public string BaseUrl { get; } = sandbox.ApiBaseUrl.ToString().TrimEnd('/');

    public Dictionary<string, string?> Variables => new()
    {
        ["INTACCT_MCP_HOME"] = Home,
        [$"INTACCT_MCP_Intacct__Companies__{Company}__Flow"] = IntacctFlows.AuthorizationCode,
        [$"INTACCT_MCP_Intacct__Companies__{Company}__ClientId"] = SandboxDemo.PublicClientId,
        [$"INTACCT_MCP_Intacct__Companies__{Company}__BaseUrl"] = BaseUrl,
    };

    /// <summary>The arguments of <c>login</c> for the company, printing the URL instead of opening a browser, plus <paramref name="extra"/>.</summary>
    public static string[] LoginArguments(params string[] extra) => ["login", "--company", Company, "--no-browser", "--timeout", "60", .. extra];

    /// <summary>Starts <c>login</c> for the company in this environment.</summary>
    public LoginProcess StartLogin(params string[] extra) => LoginProcess.Start(LoginArguments(extra), Variables);

    public IntacctCompanyOptions Options => new() { Flow = IntacctFlows.AuthorizationCode, ClientId = SandboxDemo.PublicClientId, BaseUrl = BaseUrl };

    /// <summary>Decrypts the stored sign-in, as the server would (to check it and to look for its tokens elsewhere).</summary>
    public async Task<IntacctStoredToken?> StoredAsync() =>
        await DataProtectionTokenStore.ForCommand(new IntacctMcpHome(Home))
            .GetAsync(Company, IntacctCredentialFingerprint.Compute(Options), CancellationToken.None);
}
