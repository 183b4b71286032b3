using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Tools.FreeText;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Execution;

/// <summary>
/// The boundary every tool goes through: picks the company's client, scopes the entity, and turns argument errors and
/// Sage errors into tool errors (<c>isError</c>) the model can act on. Cancellation passes through.
/// </summary>
internal sealed class ToolRunner(IIntacctClientProvider clients, IOptions<IntacctToolsOptions> options)
{
    /// <summary>Gets the response budget in bytes of text.</summary>
    public int Budget => options.Value.ResponseBudgetBytes > 0 ? options.Value.ResponseBudgetBytes : 16_384;

    /// <summary>Runs a tool body for a company.</summary>
    /// <param name="company">The <c>company</c> argument, or <see langword="null"/> for the default.</param>
    /// <param name="entity">The <c>entity</c> argument, or <see langword="null"/>.</param>
    /// <param name="body">The tool's work.</param>
    /// <returns>The body's result, or a tool error.</returns>
    public async Task<CallToolResult> RunAsync(string? company, string? entity, Func<ToolCall, Task<CallToolResult>> body)
    {
        try
        {
            var client = clients.GetClient(Blank(company));
            if (FreeTextScope.Current is { } scope)
            {
                // What this call shows is remembered under the company it resolved, for the audit of a later write.
                scope.Company = client.Company.Name;
            }

            var request = new IntacctRequestOptions { Entity = Blank(entity) };
            return await body(new ToolCall(client, client.Company.Name, request, options.Value));
        }
        catch (ToolArgumentException ex)
        {
            return ToolErrors.Text(ex.Message);
        }
        catch (ToolNotFoundException ex)
        {
            return ToolErrors.Text(ex.Message);
        }
        catch (IntacctException ex)
        {
            return ToolErrors.FromIntacct(ex);
        }
    }

    /// <summary>Runs a tool body that needs no company.</summary>
    /// <param name="body">The tool's work.</param>
    /// <returns>The body's result, or a tool error.</returns>
    public static async Task<CallToolResult> RunAsync(Func<Task<CallToolResult>> body)
    {
        try
        {
            return await body();
        }
        catch (ToolArgumentException ex)
        {
            return ToolErrors.Text(ex.Message);
        }
        catch (IntacctException ex)
        {
            return ToolErrors.FromIntacct(ex);
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
