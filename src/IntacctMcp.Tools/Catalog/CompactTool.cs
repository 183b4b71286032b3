using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Results;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Catalog;

/// <summary>
/// A tool whose advertised schemas are trimmed: tools/list goes to the model on every turn, so optional parameters
/// drop obvious defaults (<c>null</c>, <c>false</c>, <c>1</c>) and the <c>["x","null"]</c> type union (being absent from <c>required</c> already
/// says they are optional). Output schemas come from the tool's <c>OutputSchemaType</c> (see <see cref="OutputSchemas"/>).
/// Calls go to the SDK-built tool; its structured content then loses the nulls the advertised schema leaves out.
/// </summary>
internal sealed class CompactTool : DelegatingMcpServerTool
{
    private readonly JsonObject? _outputSchema;

    private CompactTool(McpServerTool inner, Type? outputType)
        : base(inner)
    {
        var tool = inner.ProtocolTool;
        Arguments = new ArgumentSchemaValidator(tool.InputSchema);
        var outputSchema = tool.OutputSchema is { } output ? OutputSchemas.Compact(output, outputType) : (JsonElement?)null;
        _outputSchema = outputSchema is { } s ? JsonNode.Parse(s.GetRawText()) as JsonObject : null;
        ProtocolTool = new Tool
        {
            Name = tool.Name,
            Title = tool.Title,
            Description = tool.Description,
            InputSchema = CompactInput(tool.InputSchema),
            OutputSchema = outputSchema,
            Annotations = CompactAnnotations(tool.Annotations),
            Icons = tool.Icons,
            Meta = tool.Meta,
        };
    }

    /// <inheritdoc/>
    public override Tool ProtocolTool { get; }

    /// <summary>Gets the check of a call's arguments against the input schema as the SDK built it (nullability included).</summary>
    public ArgumentSchemaValidator Arguments { get; }

    /// <inheritdoc/>
    /// <remarks>Structured content loses the nulls the advertised schema leaves out (see <see cref="OptionalNulls"/>); the text keeps them.</remarks>
    public override async ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        var result = await base.InvokeAsync(request, cancellationToken).ConfigureAwait(false);
        if (result.StructuredContent is { } content && _outputSchema is not null)
        {
            result.StructuredContent = OptionalNulls.Drop(content, _outputSchema);
        }

        return result;
    }

    /// <summary>Creates the tool for a catalog entry, with a fresh tool-class instance per call from the call's services.</summary>
    /// <param name="descriptor">The catalog entry.</param>
    /// <param name="services">The root services (to tell DI-bound parameters from arguments).</param>
    /// <returns>The tool.</returns>
    public static McpServerTool Create(ToolDescriptor descriptor, IServiceProvider services) => Create(descriptor.Method, services);

    /// <summary>Creates the tool for a method with <c>[McpServerTool]</c>, with a fresh instance of its class per call from the call's services.</summary>
    /// <param name="method">The tool method.</param>
    /// <param name="services">The root services (to tell DI-bound parameters from arguments).</param>
    /// <returns>The tool.</returns>
    public static McpServerTool Create(MethodInfo method, IServiceProvider services)
    {
        var type = method.DeclaringType!;
        var inner = McpServerTool.Create(
            method,
            context => ActivatorUtilities.CreateInstance(context.Services ?? services, type),
            new McpServerToolCreateOptions { Services = services, SerializerOptions = ToolJson.Options });
        return new CompactTool(inner, method.GetCustomAttribute<McpServerToolAttribute>()?.OutputSchemaType);
    }

    /// <summary>
    /// A read-only tool's annotations say <c>readOnlyHint: true</c>, plus <c>openWorldHint</c> only where it is false (the
    /// tool never leaves this server). MCP defines <c>destructiveHint</c> and <c>idempotentHint</c> as meaningful only when
    /// <c>readOnlyHint</c> is false, and <c>openWorldHint</c> defaults to true; with about thirty read-only tools in every
    /// tools/list, spelling them out cost 2 KB of context that told a client nothing. Write tools keep all four.
    /// </summary>
    private static ToolAnnotations? CompactAnnotations(ToolAnnotations? annotations) =>
        annotations is { ReadOnlyHint: true }
            ? new ToolAnnotations { Title = annotations.Title, ReadOnlyHint = true, OpenWorldHint = annotations.OpenWorldHint is false ? false : null }
            : annotations;

    private static JsonElement CompactInput(JsonElement schema)
    {
        if (JsonNode.Parse(schema.GetRawText()) is not JsonObject root)
        {
            return schema;
        }

        if (root["properties"] is JsonObject properties)
        {
            foreach (var (_, value) in properties)
            {
                if (value is not JsonObject property)
                {
                    continue;
                }

                // null, false and 1 (the first row) are what a reader assumes anyway; 25 (pageSize) and the like stay.
                if (property.TryGetPropertyValue("default", out var d) && (d is null || d.ToJsonString() is "false" or "1"))
                {
                    property.Remove("default");
                }

                if (property["type"] is JsonArray { Count: 2 } union && union.Any(t => (string?)t == "null"))
                {
                    property["type"] = (string?)union.First(t => (string?)t != "null");
                }
            }
        }

        return JsonSerializer.SerializeToElement(root, ToolJson.Options.GetTypeInfo(typeof(JsonObject)));
    }
}
