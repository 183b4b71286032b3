using System.Globalization;
using System.Security.Claims;
using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Dynamic;
using IntacctMcp.Tools.Policy;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Prompts;

/// <summary>
/// Renders a plan as the user message a prompt returns: a heading, the numbered tool calls (one line each,
/// <c>N. tool_name {json arguments}</c>, so a person and a model read the same thing), what to look for under each, and
/// how to finish. Only tools this caller can call are named; in dynamic mode the plan starts with the
/// <c>enable_toolset</c> calls the session still needs.
/// </summary>
internal sealed class PromptPlans(ToolPolicy policy, DynamicToolsets dynamic)
{
    /// <summary>Renders a plan.</summary>
    /// <param name="description">The prompt result's description.</param>
    /// <param name="heading">What the plan is for, with its period, amounts or record filled in.</param>
    /// <param name="steps">The steps, in order.</param>
    /// <param name="finish">How to finish: what to hand the user.</param>
    /// <param name="server">The request's server (for the session's enabled toolsets).</param>
    /// <param name="user">The caller.</param>
    /// <returns>The prompt result.</returns>
    public GetPromptResult Render(string description, string heading, IReadOnlyList<PlanStep> steps, string finish, McpServer? server, ClaimsPrincipal? user)
    {
        var callable = steps.Where(s => ToolCatalog.Find(s.Tool) is { } tool && policy.IsListed(tool, user)).ToList();
        if (callable.Count == 0)
        {
            var toolsets = string.Join(", ", steps.Select(s => ToolCatalog.Find(s.Tool)?.Toolset).OfType<string>().Distinct());
            throw new McpProtocolException($"This plan needs the toolsets {toolsets}, which this server does not offer to you. The administrator can select them with --toolsets (Tools:Toolsets).", McpErrorCode.InvalidRequest);
        }

        var session = server is null ? null : dynamic.For(server, user);
        var enable = session is null
            ? []
            : callable.Select(s => ToolCatalog.Find(s.Tool)!.Toolset).Distinct().Where(t => !session.Contains(t)).ToList();

        var text = new StringBuilder().Append(heading).Append("\n\nCall these tools in this order (each line: tool and its arguments):\n\n");
        var number = 0;
        foreach (var toolset in enable)
        {
            Line(text, ++number, DynamicToolsets.EnableToolName, new JsonObject { ["toolset"] = toolset }, "Adds the tools of this plan to the session.");
        }

        foreach (var step in callable)
        {
            Line(text, ++number, step.Tool, step.Arguments, step.LookFor);
        }

        if (callable.Count < steps.Count)
        {
            text.Append("(Some checks of this review are left out: their tools are not offered on this server.)\n\n");
        }

        text.Append(finish).Append(" This plan only reads; it posts nothing to Sage.");
        return new GetPromptResult
        {
            Description = description,
            Messages = [new PromptMessage { Role = Role.User, Content = new TextContentBlock { Text = text.ToString() } }],
        };
    }

    private static void Line(StringBuilder text, int number, string tool, JsonObject arguments, string lookFor) =>
        text.Append(number.ToString(CultureInfo.InvariantCulture)).Append(". ").Append(tool).Append(' ').Append(arguments.ToJsonString())
            .Append("\n   Look for: ").Append(lookFor).Append("\n\n");
}
