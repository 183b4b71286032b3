using System.Text.Json.Nodes;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>One bad tool-argument case (from <c>Cases/tool-argument-cases.json</c> or <c>raw-endpoint-cases.json</c>).</summary>
/// <param name="Id">The case id.</param>
/// <param name="Description">What is wrong with the arguments.</param>
/// <param name="Tool">The tool called.</param>
/// <param name="Arguments">The arguments, markers expanded.</param>
/// <param name="ExpectErrorContains">The error must contain one of these (case-insensitive).</param>
/// <param name="SageCallsAllowed">The most API requests the sandbox may see for this case.</param>
internal sealed record ToolCase(
    string Id,
    string Description,
    string Tool,
    JsonObject Arguments,
    IReadOnlyList<string> ExpectErrorContains,
    int SageCallsAllowed)
{
    public override string ToString() => $"{Id}: {Description}";
}
