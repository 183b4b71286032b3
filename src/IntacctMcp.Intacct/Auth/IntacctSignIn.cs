using System.Net;
using System.Net.Http.Headers;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Auth;

/// <summary>
/// The Sage side of a regular user's sign-in (reference §1.4): the authorize URL, the code exchange and revocation.
/// The browser, the loopback callback and the store belong to the caller (<c>intacct-mcp login</c>).
/// </summary>
/// <param name="http">The client that talks to Sage's token endpoints (no Sage token of its own).</param>
/// <param name="time">The clock, for the token's expiry.</param>
public sealed class IntacctSignIn(HttpClient http, TimeProvider time)
{
    /// <summary>Builds the URL the person opens to sign in (<c>{BaseUrl}/oauth2/authorize</c>, <c>scope=offline_access</c> for a refresh token).</summary>
    /// <param name="options">The company.</param>
    /// <param name="redirectUri">The loopback callback.</param>
    /// <param name="pkce">The sign-in's PKCE pair and state.</param>
    /// <returns>The URL.</returns>
    public static Uri AuthorizeUri(IntacctCompanyOptions options, Uri redirectUri, IntacctPkce pkce)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(pkce);
        var query = string.Join('&', new Dictionary<string, string>
        {
            ["response_type"] = "code",
            ["client_id"] = options.ClientId,
            ["redirect_uri"] = redirectUri.ToString(),
            ["state"] = pkce.State,
            ["scope"] = "offline_access",
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = "S256",
        }.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        return new Uri($"{options.BaseUrl.TrimEnd('/')}/oauth2/authorize?{query}");
    }

    /// <summary>Exchanges the callback's code (<c>grant_type=authorization_code</c> with the PKCE verifier; the client secret only when the company has one).</summary>
    /// <param name="company">The configured company name, for messages.</param>
    /// <param name="options">The company.</param>
    /// <param name="code">The code from the callback.</param>
    /// <param name="redirectUri">The same redirect URI the authorize URL named.</param>
    /// <param name="pkce">The sign-in's PKCE pair.</param>
    /// <param name="cancellationToken">Cancels the exchange.</param>
    /// <returns>The sign-in to store: access token, refresh token, Sage user, bound to the company's fingerprint.</returns>
    /// <exception cref="IntacctAuthenticationException">Sage refused the code or the client; the message is Sage's.</exception>
    /// <exception cref="IntacctUnavailableException">Sage could not be reached.</exception>
    public async Task<IntacctStoredToken> ExchangeCodeAsync(string company, IntacctCompanyOptions options, string code, Uri redirectUri, IntacctPkce pkce, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(redirectUri);
        ArgumentNullException.ThrowIfNull(pkce);
        var fields = IntacctTokenResponse.WithClient(
            new() { ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = redirectUri.ToString(), ["code_verifier"] = pkce.Verifier },
            options);
        var issuedAt = time.GetUtcNow();
        var (status, body) = await PostAsync(options, "oauth2/token", fields, cancellationToken).ConfigureAwait(false);
        if ((int)status is < 200 or >= 300)
        {
            throw IntacctErrorMapper.FromTokenResponse(company, status, body);
        }

        var response = IntacctTokenResponse.Parse(body);
        if (response?.RefreshToken is not { } refreshToken)
        {
            throw new IntacctAuthenticationException(
                response is null
                    ? "Sage's answer to the code exchange carried no access_token."
                    : "Sage's answer to the code exchange carried no refresh_token, so the server could not renew the access token: the sign-in must ask for scope offline_access, and the app must be allowed to use it.",
                status,
                new IntacctApiError(null, "no token in the code exchange's answer", null, null, []));
        }

        return new IntacctStoredToken(response.AccessToken, issuedAt + response.Lifetime, IntacctCredentialFingerprint.Compute(options))
        {
            RefreshToken = refreshToken,
            UserId = IntacctJwt.UserId(response.AccessToken),
        };
    }

    /// <summary>Revokes a token at Sage (<c>{BaseUrl}/oauth2/revoke</c>), which revokes every token of that user and company.</summary>
    /// <param name="options">The company.</param>
    /// <param name="token">An access or refresh token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Whether Sage accepted the revocation.</returns>
    public async Task<bool> RevokeAsync(IntacctCompanyOptions options, string token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fields = IntacctTokenResponse.WithClient(new() { ["token"] = token }, options);
        var (status, _) = await PostAsync(options, "oauth2/revoke", fields, cancellationToken).ConfigureAwait(false);
        return (int)status is >= 200 and < 300;
    }

    private async Task<(HttpStatusCode Status, string Body)> PostAsync(IntacctCompanyOptions options, string path, Dictionary<string, string> fields, CancellationToken cancellationToken)
    {
        var uri = new Uri($"{options.BaseUrl.TrimEnd('/')}/{path}");
        using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            return (response.StatusCode, await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
        }
        catch (Exception e) when (e is HttpRequestException or IOException || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new IntacctUnavailableException($"Sage Intacct at {uri.GetLeftPart(UriPartial.Authority)} could not be reached ({e.GetType().Name}).", e)
            {
                Hint = "Check the network and the company's BaseUrl, then try again.",
            };
        }
    }
}
