using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>Settings for an HTTP server over the sandbox's demo company, named <c>demo</c>, with one API key for it.</summary>
internal static class SandboxHttpSettings
{
    /// <summary>The company's name in the settings.</summary>
    public const string Company = "demo";

    /// <summary>Builds the settings; a test adds its own <c>Tools:…</c> switches.</summary>
    /// <param name="sandbox">The sandbox serving the company.</param>
    /// <param name="key">The API key the client sends.</param>
    /// <param name="stateful">Whether the server keeps sessions.</param>
    /// <param name="scopes">The key's scopes.</param>
    /// <returns>The settings.</returns>
    public static Dictionary<string, string?> For(SandboxServer sandbox, string key, bool stateful, params string[] scopes)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Http:Stateful"] = stateful ? "true" : "false",
            ["Intacct:DefaultCompany"] = Company,
            [$"Intacct:Companies:{Company}:ClientId"] = SandboxDemo.ClientId,
            [$"Intacct:Companies:{Company}:ClientSecret"] = SandboxDemo.ClientSecret,
            [$"Intacct:Companies:{Company}:Username"] = SandboxDemo.Username,
            [$"Intacct:Companies:{Company}:BaseUrl"] = sandbox.ApiBaseUrl.ToString(),
            ["Http:ApiKeys:0:Name"] = "finance-assistant",
            ["Http:ApiKeys:0:Sha256"] = ApiKeys.Hash(key),
            ["Http:ApiKeys:0:Companies:0"] = Company,
        };
        for (var i = 0; i < scopes.Length; i++)
        {
            settings[$"Http:ApiKeys:0:Scopes:{i}"] = scopes[i];
        }

        return settings;
    }
}
