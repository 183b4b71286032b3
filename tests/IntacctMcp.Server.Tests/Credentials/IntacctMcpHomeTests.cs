using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

public sealed class IntacctMcpHomeTests
{
    private static readonly string Base = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "home-tests"));

    [Fact]
    public void Resolve_ConfiguredPath_WinsOverEnvironment()
    {
        var configured = Path.Combine(Base, "configured");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Store:Path", configured)]).Build();

        Assert.Equal(configured, IntacctMcpHome.Resolve(configuration).Path);
        Assert.Equal(configured, IntacctMcpHome.Resolve(configured, Environment(("INTACCT_MCP_HOME", Path.Combine(Base, "env")))).Path);
    }

    [Fact]
    public void Resolve_EnvironmentVariable_WinsOverDefault()
    {
        var home = IntacctMcpHome.Resolve(null, Environment(("INTACCT_MCP_HOME", Path.Combine(Base, "env")), ("XDG_CONFIG_HOME", Base)));

        Assert.Equal(Path.Combine(Base, "env"), home.Path);
    }

    [Fact]
    public void Resolve_NothingSet_UsesPlatformDefault()
    {
        var home = IntacctMcpHome.Resolve(null, Environment(("XDG_CONFIG_HOME", Base), ("APPDATA", Base), ("HOME", Path.Combine(Base, "user"))));

        var expected = OperatingSystem.IsWindows() ? Path.Combine(Base, "IntacctMcp") : Path.Combine(Base, "intacct-mcp");
        Assert.Equal(expected, home.Path);
    }

    [Fact]
    public void Resolve_OnUnixWithoutXdg_UsesDotConfigUnderHome()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows uses %APPDATA%.");

        var home = IntacctMcpHome.Resolve(null, Environment(("HOME", Path.Combine(Base, "user"))));

        Assert.Equal(Path.Combine(Base, "user", ".config", "intacct-mcp"), home.Path);
    }

    [Fact]
    public void Paths_Home_AreInsideTheFolder()
    {
        var home = new IntacctMcpHome(Base);

        Assert.Equal(Path.Combine(Base, "companies.json"), home.CompaniesFile);
        Assert.Equal(Path.Combine(Base, "keys"), home.KeysDirectory);
        Assert.Equal(Path.Combine(Base, "tokens"), home.TokensDirectory);
    }

    private static Func<string, string?> Environment(params (string Name, string Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
