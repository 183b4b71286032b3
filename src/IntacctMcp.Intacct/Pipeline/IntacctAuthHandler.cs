using System.Net.Http.Headers;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// Sets <c>Authorization: Bearer</c> on every attempt from the company's token provider (cached, refreshed ahead of
/// expiry, one token request however many calls arrive) and remembers which token the attempt carried.
/// </summary>
/// <remarks>
/// It sits inside the resilience handler, so every attempt (a transient retry, or the token-refresh retry of
/// <see cref="IntacctTokenRefresh"/>) asks for the token again and gets the fresh one. It never logs the token.
/// </remarks>
internal sealed class IntacctAuthHandler : DelegatingHandler
{
    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = IntacctRequestContext.Of(request);
        var token = await context.Tokens.GetTokenAsync(cancellationToken);
        context.Token = token;
        if (context.Attempt == 0)
        {
            // A signed-in company acts as a person: the log says who, once per call (never the token).
            context.Tokens.NoteCall(context.Method, context.RelativePath);
        }

        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token.Value);
        return await base.SendAsync(request, cancellationToken);
    }
}
