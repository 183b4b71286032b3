using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Logging;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>The one retry with a fresh token when Sage rejects the bearer token.</summary>
/// <remarks>
/// Sage says a token is no longer good in two shapes: 401 (gateway <c>GW-0040</c>), and 400 whose body names
/// <c>REST-1206</c>, <c>tokenInvalid</c> or <c>GW-0040</c>. Either way the request was refused before it ran, so one
/// retry is safe for any method. The strategy sits inside the transient retry and outside the limiter, so the second
/// attempt waits its turn like any request, and the auth handler gives it the fresh token.
/// </remarks>
internal static class IntacctTokenRefresh
{
    /// <summary>Creates the token-refresh retry of one company.</summary>
    /// <param name="company">The company name.</param>
    /// <param name="logger">The logger; never given the token.</param>
    /// <returns>The options.</returns>
    public static RetryStrategyOptions<HttpResponseMessage> Create(string company, ILogger logger) => new()
    {
        Name = "IntacctTokenRefresh",
        MaxRetryAttempts = 1,
        Delay = TimeSpan.Zero,
        BackoffType = DelayBackoffType.Constant,
        ShouldHandle = args => args.Outcome.Result is { } response ? IsTokenRejectedAsync(response, args.Context.CancellationToken) : new ValueTask<bool>(false),
        OnRetry = async args =>
        {
            var request = IntacctRequestContext.Of(args.Context.GetRequestMessage());
            logger.TokenRejected(company, (int)args.Outcome.Result!.StatusCode);
            args.Outcome.Result.Dispose();
            if (request.Token is { } rejected)
            {
                await request.Tokens.InvalidateAsync(rejected, args.Context.CancellationToken);
            }
        },
    };

    private static async ValueTask<bool> IsTokenRejectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == System.Net.HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (response.StatusCode != System.Net.HttpStatusCode.BadRequest)
        {
            return false;
        }

        // The attempt handler buffered the body, so reading it here leaves it readable for the caller.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return IntacctErrorMapper.SaysTokenInvalid(body);
    }
}
