using System.Text;
using System.Text.Json.Nodes;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Reads the bad-input case files copied beside the tests (<c>Reliability/Cases/*.json</c>).</summary>
internal static class CaseFiles
{
    public const string JsonRpcFile = "jsonrpc-cases.json";
    public const string ToolArgumentsFile = "tool-argument-cases.json";
    public const string RawEndpointFile = "raw-endpoint-cases.json";

    private static readonly Lazy<IReadOnlyDictionary<string, JsonRpcCase>> JsonRpcCases = new(LoadJsonRpc);
    private static readonly Lazy<IReadOnlyDictionary<string, ToolCase>> ToolArgumentCases = new(() => LoadTool(ToolArgumentsFile));
    private static readonly Lazy<IReadOnlyDictionary<string, ToolCase>> RawEndpointCases = new(() => LoadTool(RawEndpointFile));

    public static IReadOnlyDictionary<string, JsonRpcCase> JsonRpc => JsonRpcCases.Value;

    public static IReadOnlyDictionary<string, ToolCase> ToolArguments => ToolArgumentCases.Value;

    public static IReadOnlyDictionary<string, ToolCase> RawEndpoint => RawEndpointCases.Value;

    /// <summary>The case ids of a file, for theory data (ids only: cheap to enumerate, stable test names).</summary>
    public static IEnumerable<string> Ids(string file) =>
        Document(file)["cases"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());

    private static JsonObject Document(string file)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Reliability", "Cases", file);
        return JsonNode.Parse(File.ReadAllText(path, Encoding.UTF8))!.AsObject();
    }

    private static Dictionary<string, JsonRpcCase> LoadJsonRpc()
    {
        var cases = new Dictionary<string, JsonRpcCase>(StringComparer.Ordinal);
        foreach (var node in Document(JsonRpcFile)["cases"]!.AsArray())
        {
            var c = node!.AsObject();
            var headers = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var (name, value) in c["headers"]?.AsObject() ?? [])
            {
                headers[name] = value is null ? null : CaseExpansion.Text(value);
            }

            byte[]? body = c.ContainsKey("body")
                ? CaseExpansion.Bytes(c["body"])
                : c.ContainsKey("json") ? Encoding.UTF8.GetBytes(CaseExpansion.Json(c["json"])?.ToJsonString() ?? "null") : null;
            var id = c["id"]!.GetValue<string>();
            cases[id] = new JsonRpcCase(
                id,
                c["description"]!.GetValue<string>(),
                c["method"]?.GetValue<string>() ?? "POST",
                c["path"]?.GetValue<string>() ?? "/mcp",
                headers,
                body,
                Ints(c["expectStatus"]),
                Ints(c["expectCodes"]),
                Strings(c["expectMessageContains"]));
        }

        return cases;
    }

    private static Dictionary<string, ToolCase> LoadTool(string file)
    {
        var document = Document(file);
        var defaultTool = document["defaultTool"]?.GetValue<string>();
        var cases = new Dictionary<string, ToolCase>(StringComparer.Ordinal);
        foreach (var node in document["cases"]!.AsArray())
        {
            var c = node!.AsObject();
            var id = c["id"]!.GetValue<string>();
            cases[id] = new ToolCase(
                id,
                c["description"]!.GetValue<string>(),
                c["tool"]?.GetValue<string>() ?? defaultTool ?? throw new InvalidDataException($"{file} {id}: no tool."),
                CaseExpansion.Json(c["arguments"])!.AsObject(),
                Strings(c["expectErrorContains"]),
                c["sageCallsAllowed"]?.GetValue<int>() ?? 0);
        }

        return cases;
    }

    private static int[] Ints(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<int>()).ToArray() ?? [];

    private static string[] Strings(JsonNode? node) => node?.AsArray().Select(n => n!.GetValue<string>()).ToArray() ?? [];
}
