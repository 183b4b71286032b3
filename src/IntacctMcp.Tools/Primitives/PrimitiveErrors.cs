using IntacctMcp.Intacct.Errors;
using IntacctMcp.Tools.Execution;
using ModelContextProtocol;

namespace IntacctMcp.Tools.Primitives;

/// <summary>
/// Turns the tools' failures into JSON-RPC errors for prompts and resources, which have no <c>isError</c> result: a bad
/// argument or an unknown record gets the caller's not-found code with the tools' sentence (what is wrong and what
/// to pass), a Sage failure an internal error with Sage's message as <c>ToolErrors</c> renders it (never secrets).
/// </summary>
internal static class PrimitiveErrors
{
    /// <summary>Runs a body, translating failures.</summary>
    /// <typeparam name="T">The result.</typeparam>
    /// <param name="body">The work.</param>
    /// <param name="notFound">The code for a bad argument or unknown record (<c>-32602</c> or <c>-32002</c>).</param>
    /// <returns>The body's result.</returns>
    public static async Task<T> RunAsync<T>(Func<Task<T>> body, McpErrorCode notFound)
    {
        try
        {
            return await body();
        }
        catch (ToolArgumentException ex)
        {
            throw new McpProtocolException(ex.Message, notFound);
        }
        catch (ToolNotFoundException ex)
        {
            throw new McpProtocolException(ex.Message, notFound);
        }
        catch (IntacctNotFoundException ex)
        {
            throw new McpProtocolException(ToolErrors.Describe(ex), notFound);
        }
        catch (IntacctException ex)
        {
            throw new McpProtocolException(ToolErrors.Describe(ex), McpErrorCode.InternalError);
        }
    }
}
