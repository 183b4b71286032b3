using System.IO.Compression;
using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Packaging;

/// <summary>The packed tool works the way users install it: <c>dotnet tool install</c>, then the command, and <c>dnx</c>.</summary>
[Trait("Category", "Packaging")]
public sealed class ToolPackageTests(ToolPackageFixture package) : IClassFixture<ToolPackageFixture>
{
    [Fact]
    public async Task InstalledCommand_Version_PrintsThePackageVersion()
    {
        var run = await CommandRunner.RunAsync(package.ToolCommand, ["--version"], TimeSpan.FromMinutes(1), package.IsolatedEnvironment);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(package.Version, run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstalledCommand_StdioOnTheSandbox_ListsToolsAndAnswers()
    {
        var ct = TestContext.Current.CancellationToken;
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "installed-intacct-mcp",
            Command = package.ToolCommand,
            Arguments = ["stdio", "--sandbox"],
            EnvironmentVariables = package.IsolatedEnvironment.ToDictionary(),
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        await using var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: ct);

        var tools = await client.ListToolsAsync(cancellationToken: ct);
        var connection = await client.CallToolAsync("test_connection", new Dictionary<string, object?>(), cancellationToken: ct);

        Assert.Contains(tools, t => t.Name == "list_bills");
        Assert.NotEqual(true, connection.IsError);
        Assert.Contains("sandbox", string.Join(' ', connection.Content.OfType<TextContentBlock>().Select(b => b.Text)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Dnx_FromTheLocalFeed_StartsTheServer()
    {
        // `dnx` is the SDK's `dotnet dnx`; run it the same way so the test does not depend on PATH.
        var run = await CommandRunner.RunAsync(
            "dotnet",
            ["dnx", "IntacctMcp", "--version", package.Version, "--add-source", package.PackageDirectory, "--ignore-failed-sources", "--yes", "--", "--version"],
            TimeSpan.FromMinutes(3),
            package.IsolatedEnvironment);

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        Assert.Contains($"intacct-mcp {package.Version}", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Package_IsAnMcpServerToolCarryingItsServerJson()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(package.PackageDirectory, $"IntacctMcp.{package.Version}.nupkg"));
        using var nuspecReader = new StreamReader(zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var nuspec = nuspecReader.ReadToEnd();
        using var serverJsonReader = new StreamReader(zip.GetEntry(".mcp/server.json")!.Open());
        var serverJson = JsonNode.Parse(serverJsonReader.ReadToEnd())!;
        var nugetPackage = serverJson["packages"]!.AsArray().Single()!;
        var variables = nugetPackage["environmentVariables"]!.AsArray().ToDictionary(v => v!["name"]!.GetValue<string>(), v => v!);

        Assert.Contains("<packageType name=\"McpServer\" />", nuspec, StringComparison.Ordinal);
        Assert.Contains("<packageType name=\"DotnetTool\" />", nuspec, StringComparison.Ordinal);
        Assert.Equal("IntacctMcp", nugetPackage["identifier"]!.GetValue<string>());
        Assert.Equal(package.Version, nugetPackage["version"]!.GetValue<string>());
        Assert.Equal("stdio", nugetPackage["transport"]!["type"]!.GetValue<string>());
        Assert.True(variables["INTACCT_CLIENT_SECRET"]["isSecret"]!.GetValue<bool>());
        Assert.False(variables["INTACCT_CLIENT_ID"]["isSecret"]!.GetValue<bool>());
        Assert.True(variables["INTACCT_USERNAME"]["isRequired"]!.GetValue<bool>());
        Assert.NotNull(zip.GetEntry("README.md"));
    }

    [Fact]
    public void Package_ShipsReadyToRunBuildsPerRuntimeAndAPortableFallback()
    {
        using var zip = ZipFile.OpenRead(Path.Combine(package.PackageDirectory, $"IntacctMcp.{package.Version}.nupkg"));
        using var reader = new StreamReader(zip.GetEntry("tools/any/any/DotnetToolSettings.xml")!.Open());
        var settings = reader.ReadToEnd();

        foreach (var runtime in new[] { "linux-x64", "win-x64", "any" })
        {
            Assert.Contains($"RuntimeIdentifier=\"{runtime}\" Id=\"IntacctMcp.{runtime}\"", settings, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(package.PackageDirectory, $"IntacctMcp.{runtime}.{package.Version}.nupkg")), runtime);
        }
    }

    [Theory]
    [InlineData("linux-x64", true)]
    [InlineData("win-x64", true)]
    [InlineData("any", false)]
    public void RuntimePackage_ServerAssembly_IsPrecompiledExactlyWhereARuntimeIsNamed(string runtime, bool readyToRun)
    {
        using var zip = ZipFile.OpenRead(Path.Combine(package.PackageDirectory, $"IntacctMcp.{runtime}.{package.Version}.nupkg"));
        var entry = zip.Entries.Single(e => e.FullName.EndsWith("/intacct-mcp.dll", StringComparison.Ordinal));
        using var copy = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(copy);
        }

        copy.Position = 0;
        using var pe = new PEReader(copy);

        // A ReadyToRun image carries a managed native header; an IL-only assembly has none.
        Assert.Equal(readyToRun, pe.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0);
    }
}
