using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.TestSupport;

namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>
/// The pinned conformance suite in this folder (<c>package.json</c> + <c>package-lock.json</c>): installed with
/// <c>npm ci</c> on first use, run with Node through a small loader that gives Node 20 the <c>fs.globSync</c> of Node 22.
/// </summary>
internal static class ConformanceSuite
{
    private static readonly string EntryPath = Path.Combine("node_modules", "@modelcontextprotocol", "conformance", "dist", "index.js");

    private static readonly NodePackage Package = new(Path.Combine(RepositoryRoot.Path, "tests", "IntacctMcp.Server.Tests", "Conformance"), EntryPath);

    /// <summary>Runs <c>npm ci</c> when the suite is not installed yet.</summary>
    public static Task EnsureInstalledAsync() => Package.EnsureInstalledAsync();

    /// <summary>Lists the suite's server scenarios.</summary>
    public static async Task<IReadOnlyList<string>> ListServerScenariosAsync()
    {
        var (exitCode, output, error) = await RunSuiteAsync(["list"], TimeSpan.FromMinutes(1));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"conformance list failed ({exitCode}):\n{output}\n{error}");
        }

        // "Server scenarios (…):" then "  - name [versions]" lines until a blank line.
        return [.. output.Split('\n')
            .SkipWhile(line => !line.StartsWith("Server scenarios", StringComparison.Ordinal))
            .Skip(1)
            .TakeWhile(line => line.TrimStart().StartsWith("- ", StringComparison.Ordinal))
            .Select(line => line.Trim()[2..].Split(' ')[0])];
    }

    /// <summary>Runs one server scenario against <paramref name="url"/> and returns its checks.</summary>
    public static async Task<(int ExitCode, IReadOnlyList<ConformanceCheck> Checks, string Output)> RunScenarioAsync(Uri url, string scenario)
    {
        var results = Directory.CreateTempSubdirectory("intacct-mcp-conformance-");
        try
        {
            var (exitCode, output, error) = await RunSuiteAsync(["server", "--url", url.ToString(), "--scenario", scenario, "-o", results.FullName], TimeSpan.FromMinutes(2));
            var checks = new List<ConformanceCheck>();
            foreach (var file in Directory.GetFiles(results.FullName, "checks.json", SearchOption.AllDirectories))
            {
                foreach (var check in JsonNode.Parse(await File.ReadAllTextAsync(file))!.AsArray())
                {
                    checks.Add(new ConformanceCheck(check!["id"]!.GetValue<string>(), check["status"]!.GetValue<string>(), check["errorMessage"]?.GetValue<string>()));
                }
            }

            return (exitCode, checks, output + error);
        }
        finally
        {
            results.Delete(recursive: true);
        }
    }

    private static Task<(int ExitCode, string Output, string Error)> RunSuiteAsync(IEnumerable<string> arguments, TimeSpan timeout) =>
        Package.RunAsync("node", ["--import", "./node20/register.mjs", EntryPath, .. arguments], timeout);
}
