using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.FreeText;

/// <summary>The call-tool filter that reviews every tool result for free text (<see cref="FreeTextReview"/>).</summary>
internal static class FreeTextFilters
{
    /// <summary>Opens the call's <see cref="FreeTextScope"/>, runs the tool, then reviews its result and remembers what was flagged.</summary>
    /// <param name="next">The next handler.</param>
    /// <returns>The reviewing handler.</returns>
    public static McpRequestHandler<CallToolRequestParams, CallToolResult> CallTool(McpRequestHandler<CallToolRequestParams, CallToolResult> next) =>
        async (context, cancellationToken) =>
        {
            var scope = FreeTextScope.Begin(context.Server, context.User);
            var result = await next(context, cancellationToken);
            var services = context.Services ?? context.Server.Services;
            if (context.Params?.Name is not { } tool || services?.GetService<FreeTextExemptions>()?.Contains(tool) is true)
            {
                return result;
            }

            var options = services?.GetService<IOptions<IntacctToolsOptions>>()?.Value ?? new IntacctToolsOptions();
            var arguments = context.Params.Arguments is { } args ? new Dictionary<string, JsonElement>(args, StringComparer.Ordinal) : null;
            var named = options.OmitsFreeText ? FreeTextOmission.NamedFields(arguments) : null;
            var reviewed = FreeTextReview.Apply(result, RecordLabels.Noun(tool, arguments), named, out var flags);
            if (flags.Count > 0 && scope.Company is { } company)
            {
                scope.Session.Record(company, flags);
            }

            return reviewed;
        };
}
