using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Http;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

public sealed class HttpStartupChecksTests
{
    [Theory]
    [InlineData("http://0.0.0.0:3001")]
    [InlineData("http://*:3001")]
    [InlineData("http://127.0.0.1:3001;http://192.168.1.5:3001")]
    public void Check_NonLoopbackWithoutAuthentication_Refuses(string urls)
    {
        var exception = Assert.Throws<ServerConfigurationException>(() => HttpStartupChecks.Check(new HttpServerOptions { Urls = urls }, new CallerAuthenticationOptions()));

        Assert.Contains("--allow-unauthenticated", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonLoopbackAllowUnauthenticated_LoudWarning()
    {
        var warning = HttpStartupChecks.Check(new HttpServerOptions { Urls = "http://0.0.0.0:3001", AllowUnauthenticated = true }, new CallerAuthenticationOptions());

        Assert.StartsWith("UNAUTHENTICATED", warning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:3001")]
    [InlineData("http://localhost:3001")]
    [InlineData("http://[::1]:3001")]
    public void Check_LoopbackWithoutAuthentication_Warns(string urls)
    {
        Assert.Contains("No HTTP authentication", HttpStartupChecks.Check(new HttpServerOptions { Urls = urls }, new CallerAuthenticationOptions()), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NonLoopbackWithApiKey_NoWarning()
    {
        var options = new HttpServerOptions { Urls = "http://0.0.0.0:3001" };
        var authentication = new CallerAuthenticationOptions();
        authentication.ApiKeys.Add(new ApiKeyOptions { Name = "k", Sha256 = new string('a', 64) });

        Assert.Null(HttpStartupChecks.Check(options, authentication));
    }

    [Theory]
    [InlineData("http://localhost:5173", "http://localhost:*", true)]
    [InlineData("http://localhost", "http://localhost:*", true)]
    [InlineData("https://localhost:5173", "http://localhost:*", false)]
    [InlineData("http://localhost.evil.example:80", "http://localhost:*", false)]
    [InlineData("https://app.example", "https://app.example", true)]
    [InlineData("https://other.example", "*", true)]
    public void OriginMatches_Patterns(string origin, string allowed, bool expected)
    {
        Assert.Equal(expected, RequestGuards.OriginMatches(origin, allowed));
    }

    [Fact]
    public void CheckDynamicToolsets_Stateless_RefusesNamingTheSettings()
    {
        var exception = Assert.Throws<ServerConfigurationException>(() => HttpStartupChecks.CheckDynamicToolsets(new HttpServerOptions(), dynamicToolsets: true));

        Assert.StartsWith("Tools:DynamicToolsets (--dynamic-toolsets) needs Http:Stateful=true (--stateful)", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', exception.Message);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    [InlineData(false, true)]
    public void CheckDynamicToolsets_StatefulOrStatic_Accepted(bool dynamicToolsets, bool stateful)
    {
        HttpStartupChecks.CheckDynamicToolsets(new HttpServerOptions { Stateful = stateful }, dynamicToolsets);
    }
}
