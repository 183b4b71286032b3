using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Packaging;

/// <summary>
/// Packs <c>src/IntacctMcp.Server</c> once (into its own artifacts folder, so it cannot disturb the test build) and
/// installs the package into a temporary tool path, as a user would with <c>dotnet tool install</c>.
/// </summary>
public sealed class ToolPackageFixture : IAsyncLifetime
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("intacct-mcp-pack-");

    public string PackageDirectory => System.IO.Path.Combine(_root.FullName, "packages");

    public string ToolPath => System.IO.Path.Combine(_root.FullName, "tools");

    public string ToolCommand => System.IO.Path.Combine(ToolPath, OperatingSystem.IsWindows() ? "intacct-mcp.exe" : "intacct-mcp");

    public string Version { get; private set; } = string.Empty;

    /// <summary>Gets an environment with a private NuGet cache and CLI home, so a stale package of the same version is never reused.</summary>
    public IReadOnlyDictionary<string, string?> IsolatedEnvironment => new Dictionary<string, string?>
    {
        ["NUGET_PACKAGES"] = System.IO.Path.Combine(_root.FullName, "nuget"),
        ["DOTNET_CLI_HOME"] = System.IO.Path.Combine(_root.FullName, "home"),
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["INTACCT_MCP_HOME"] = ServerProcess.IsolatedHome,
    };

    public async ValueTask InitializeAsync()
    {
        var project = System.IO.Path.Combine(RepositoryRoot.Path, "src", "IntacctMcp.Server", "IntacctMcp.Server.csproj");
        var pack = await CommandRunner.RunAsync(
            "dotnet",
            ["pack", project, "-c", "Release", "-o", PackageDirectory, "--artifacts-path", System.IO.Path.Combine(_root.FullName, "build"), "-p:ContinuousIntegrationBuild=true"],
            TimeSpan.FromMinutes(8));
        Assert.True(pack.ExitCode == 0, $"dotnet pack failed:\n{pack.Output}\n{pack.Error}");

        // The pointer package IntacctMcp.<version> (the per-runtime ones are IntacctMcp.<rid>.<version>).
        var package = Directory.GetFiles(PackageDirectory, "IntacctMcp.*.nupkg").Single(f => char.IsDigit(System.IO.Path.GetFileName(f)["IntacctMcp.".Length]));
        Version = System.IO.Path.GetFileNameWithoutExtension(package)["IntacctMcp.".Length..];

        var install = await CommandRunner.RunAsync(
            "dotnet",
            ["tool", "install", "IntacctMcp", "--version", Version, "--tool-path", ToolPath, "--add-source", PackageDirectory, "--ignore-failed-sources"],
            TimeSpan.FromMinutes(3),
            IsolatedEnvironment);
        Assert.True(install.ExitCode == 0, $"dotnet tool install failed:\n{install.Output}\n{install.Error}");
    }

    public ValueTask DisposeAsync()
    {
        _root.Delete(recursive: true);
        return ValueTask.CompletedTask;
    }
}
