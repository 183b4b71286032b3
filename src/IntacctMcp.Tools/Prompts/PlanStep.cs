using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.Prompts;

/// <summary>One step of a prompt's plan: a tool call with its arguments filled in, and what a finance user looks for in its answer.</summary>
/// <param name="Tool">The tool name.</param>
/// <param name="Arguments">The arguments, as the tool takes them.</param>
/// <param name="LookFor">What to check in the result, in a finance user's words.</param>
internal sealed record PlanStep(string Tool, JsonObject Arguments, string LookFor);
