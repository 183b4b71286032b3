using IntacctMcp.Intacct;

namespace IntacctMcp.Tools.Execution;

/// <summary>One tool call's company, client and request options.</summary>
/// <param name="Client">The company's client.</param>
/// <param name="Company">The configured company name.</param>
/// <param name="Request">Entity scoping for the call's Sage requests.</param>
/// <param name="Options">The tools options.</param>
internal sealed record ToolCall(IIntacctClient Client, string Company, IntacctRequestOptions Request, IntacctToolsOptions Options)
{
    /// <summary>Gets the response budget in bytes of text.</summary>
    public int Budget => Options.ResponseBudgetBytes > 0 ? Options.ResponseBudgetBytes : 16_384;
}
