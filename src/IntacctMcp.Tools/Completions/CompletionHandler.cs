using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Completions;

/// <summary>
/// <c>completion/complete</c> for every prompt argument and resource template parameter, keyed by the argument's name (so
/// <c>vendor</c> completes the same wherever it appears): at most <see cref="MaxValues"/> values, with <c>total</c> and
/// <c>hasMore</c> when there are more; an argument this server does not complete gets an empty list, not an error.
/// </summary>
internal static class CompletionHandler
{
    /// <summary>The most values one answer carries (the MCP specification's cap).</summary>
    public const int MaxValues = 100;

    /// <summary>Answers a completion request.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The completion.</returns>
    public static async ValueTask<CompleteResult> HandleAsync(RequestContext<CompleteRequestParams> request, CancellationToken cancellationToken)
    {
        var parameters = request.Params;
        if (parameters is null || request.Services is null)
        {
            return new CompleteResult();
        }

        var sources = request.Services.GetRequiredService<CompletionSources>();
        var values = await sources.ValuesAsync(parameters.Argument.Name, parameters.Argument.Value ?? string.Empty, parameters.Context?.Arguments, request.User, cancellationToken);
        return new CompleteResult
        {
            Completion = new Completion
            {
                Values = [.. values.Take(MaxValues)],
                Total = values.Count,
                HasMore = values.Count > MaxValues,
            },
        };
    }
}
