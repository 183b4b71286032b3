using System.Net;
using System.Net.Http.Headers;
using IntacctMcp.Intacct.Errors;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Http;

/// <summary>
/// Sets <c>Authorization: Bearer</c> from the company's token provider. When Sage rejects the token (401, or 400 with
/// <c>REST-1206</c>/<c>tokenInvalid</c>/<c>GW-0040</c>) it forgets that token and retries once with a fresh one.
/// Sits outside the rate limiter, so the token request is not counted against the company's rate and the retry
/// waits its turn like any request.
/// </summary>
/// <param name="logger">The logger; never given the token.</param>
internal sealed class IntacctAuthHandler(ILogger<IntacctAuthHandler> logger) : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var tokens = context.Runtime.Tokens;
        var token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        var response = await base.SendAsync(request, cancellationToken);
        if (!await IsTokenRejectedAsync(response, cancellationToken))
        {
            return response;
        }

        logger.TokenRejected(context.Runtime.Name, (int)response.StatusCode);
        response.Dispose();
        await tokens.InvalidateAsync(token, cancellationToken);
        token = await tokens.GetTokenAsync(cancellationToken);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken);
    }

    private static async Task<bool> IsTokenRejectedAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return true;
        }

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return false;
        }

        // The attempt handler buffered the body, so reading it here leaves it readable for the caller.
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return IntacctErrorMapper.SaysTokenInvalid(body);
    }
}
