using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.TypeScriptClient;

/// <summary>
/// The official TypeScript SDK client (<c>@modelcontextprotocol/sdk</c>, pinned in this folder), which validates every
/// tool's structured result against its output schema with Ajv, calls every tool of the built <c>intacct-mcp --sandbox</c>
/// over stdio (<c>check-results.mjs</c>).
/// </summary>
public sealed class TypeScriptClientTests
{
    private static readonly NodePackage Package = new(
        Path.Combine(RepositoryRoot.Path, "tests", "IntacctMcp.Server.Tests", "TypeScriptClient"),
        Path.Combine("node_modules", "@modelcontextprotocol", "sdk", "package.json"));

    [Fact]
    public async Task EveryTool_SandboxOverStdio_TypeScriptClientAcceptsEveryResult()
    {
        await Package.EnsureInstalledAsync();

        var (exitCode, output, error) = await Package.RunAsync(
            "node",
            ["check-results.mjs", "dotnet", ServerProcess.DllPath, "--sandbox", "--allow-writes"],
            TimeSpan.FromMinutes(3),
            new Dictionary<string, string?> { ["INTACCT_MCP_HOME"] = ServerProcess.IsolatedHome });

        Assert.True(exitCode == 0, $"check-results.mjs exited {exitCode}:\n{error}\n{output}");
        Assert.Contains(" 0 failure(s)", output, StringComparison.Ordinal);
    }
}
