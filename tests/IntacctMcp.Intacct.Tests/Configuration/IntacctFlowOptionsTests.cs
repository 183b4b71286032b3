using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Configuration;

/// <summary><c>Intacct:Companies:&lt;name&gt;:Flow</c>: what each flow requires, and a bad value failing closed.</summary>
public sealed class IntacctFlowOptionsTests
{
    [Fact]
    public void AuthorizationCode_ClientIdOnly_IsValid_AndFlowIsNormalised()
    {
        using var services = Build(new()
        {
            ["Intacct:Companies:acme:Flow"] = " Authorization_Code ",
            ["Intacct:Companies:acme:ClientId"] = "public-client",
        });

        var acme = services.GetRequiredService<IOptions<IntacctOptions>>().Value.Companies["acme"];

        Assert.Equal(IntacctFlows.AuthorizationCode, acme.Flow);
        Assert.True(acme.UsesSignIn());
    }

    [Fact]
    public void Default_IsClientCredentials_WhichStillNeedsSecretAndUsername()
    {
        using var services = Build(new() { ["Intacct:Companies:acme:ClientId"] = "id" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntacctOptions>>().Value);

        Assert.Contains(error.Failures, f => f.StartsWith("Intacct:Companies:acme:ClientSecret is missing", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("Intacct:Companies:acme:Username is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void UnknownFlow_FailsWithOneLineNamingTheSettingAndTheValues()
    {
        using var services = Build(new()
        {
            ["Intacct:Companies:acme:Flow"] = "password",
            ["Intacct:Companies:acme:ClientId"] = "id",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<IntacctOptions>>().Value);

        var failure = Assert.Single(error.Failures, f => f.Contains(":Flow", StringComparison.Ordinal));
        Assert.Equal("Intacct:Companies:acme:Flow is 'password'. Use client_credentials (a Web Services user, the default) or authorization_code (a regular user who signs in with intacct-mcp login).", failure);
    }

    [Fact]
    public void Fingerprint_SameCredentialsOtherFlow_Differs_AndClientCredentialsFingerprintIsUnchanged()
    {
        var webServices = new IntacctCompanyOptions { ClientId = "id", ClientSecret = "s", Username = "u@c" };
        var signIn = new IntacctCompanyOptions { ClientId = "id", ClientSecret = "s", Username = "u@c", Flow = IntacctFlows.AuthorizationCode };

        Assert.NotEqual(IntacctCredentialFingerprint.Compute(webServices), IntacctCredentialFingerprint.Compute(signIn));

        // The formula before flows existed (client ID, secret, username, base URL): stored Web Services tokens stay valid.
        var before = string.Concat(new[] { "id", "s", "u@c", IntacctCompanyOptions.DefaultBaseUrl }.Select(p => $"{p.Length}:{p}\n"));
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(before)));
        Assert.Equal(expected, IntacctCredentialFingerprint.Compute(webServices));
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddIntacctClient(configuration).BuildServiceProvider();
    }
}
