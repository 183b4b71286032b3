using System.Text.Json;
using IntacctMcp.Tools;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Benchmarks;

/// <summary>5. How much of the model's context the tool definitions take, per toolset and for all.</summary>
internal static class ContextCostBenchmark
{
    public static async Task<IReadOnlyList<ToolsetCost>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        var costs = new List<ToolsetCost>();
        foreach (var (label, arguments) in Variants(context.Settings.Quick))
        {
            await using var client = await ServerLauncher.StartStdioAsync(environment, arguments, cancellationToken);
            var tools = await client.ListToolsAsync(cancellationToken: cancellationToken);
            var bytes = SerializedBytes(new ListToolsResult { Tools = [.. tools.Select(t => t.ProtocolTool)] });
            costs.Add(new ToolsetCost(label, tools.Count, bytes, bytes / 4));
        }

        return costs;
    }

    public static int SerializedBytes<T>(T value) =>
        JsonSerializer.SerializeToUtf8Bytes(value, McpJsonUtilities.DefaultOptions.GetTypeInfo(typeof(T))).Length;

    private static IEnumerable<(string Label, string[] Arguments)> Variants(bool quick)
    {
        // Each variant is a server start; --quick keeps only the two totals.
        foreach (var toolset in quick ? [] : IntacctToolsets.All)
        {
            yield return (toolset, ["--toolsets", toolset, "--allow-writes"]);
        }

        yield return ("all (writes on)", ["--allow-writes"]);
        yield return ("all (writes off)", []);
    }
}
