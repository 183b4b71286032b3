using System.Net;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Logging;

namespace IntacctMcp.Intacct.Auth;

/// <summary>The signed-in (<c>authorization_code</c>) side: access tokens from the stored refresh token.</summary>
/// <remarks>
/// The store is the source of truth, because another process (<c>intacct-mcp login</c>, a second stdio server) may
/// rotate the refresh token at any time: it is read before every refresh, and once more when Sage refuses one. A rotated
/// refresh token is stored (atomically, by the store) before the new access token is handed to any caller, so a crash
/// afterwards loses nothing Sage still honours. All of it runs inside the provider's single flight.
/// </remarks>
internal sealed partial class IntacctTokenProvider
{
    // Refresh tokens this provider spent (Sage rotated them away): a store still holding one lost our write.
    private readonly HashSet<string> _spentRefreshTokens = new(StringComparer.Ordinal);
    private string? _rejectedAccessToken;
    private IntacctStoredToken? _lastSignIn;
    private (string RefreshToken, string Message)? _refused;
    private string? _sageUser;

    /// <summary>Gets the Sage user the company acts as, from the current sign-in (<see langword="null"/> for a Web Services company or before the first token).</summary>
    public string? SageUser => Volatile.Read(ref _sageUser);

    /// <summary>Logs which Sage user a call runs as, for a signed-in company (the user ID only, never the token).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path relative to the API base.</param>
    public void NoteCall(string method, string path)
    {
        if (SageUser is { } user)
        {
            _logger.CallRunsAs(_company, method, path, user);
        }
    }

    private async Task<IntacctAccessToken> SignedInTokenAsync()
    {
        var signIn = await ReadSignInAsync() ?? throw IntacctSignInRequiredException.Missing(_company);
        if (Usable(signIn) is { } stored)
        {
            return stored;
        }

        if (_refused is { } refused && refused.RefreshToken == signIn.RefreshToken)
        {
            // Sage refused this very refresh token already: asking again would only cost a token request.
            throw IntacctSignInRequiredException.Refused(_company, refused.Message);
        }

        var (token, refusal) = await RefreshAsync(signIn);
        if (token is not null)
        {
            return token;
        }

        // Another process may have rotated the token under us (its refresh or a new login revokes ours): read again.
        var again = await ReadSignInAsync();
        if (again?.RefreshToken is { } newer && newer != signIn.RefreshToken)
        {
            _logger.SignInChangedElsewhere(_company);
            if (Usable(again) is { } theirs)
            {
                return theirs;
            }

            (token, refusal) = await RefreshAsync(again);
            if (token is not null)
            {
                return token;
            }

            signIn = again;
        }

        _refused = (signIn.RefreshToken!, refusal!);
        throw IntacctSignInRequiredException.Refused(_company, refusal!);
    }

    private async Task<IntacctStoredToken?> ReadSignInAsync()
    {
        IntacctStoredToken? stored;
        try
        {
            stored = await _store.GetAsync(_company, _fingerprint, CancellationToken.None);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stored = null;
        }

        if (stored?.RefreshToken is null || !string.Equals(stored.CredentialFingerprint, _fingerprint, StringComparison.Ordinal))
        {
            stored = null;
        }

        // A store that failed to take our last rotation still holds a refresh token Sage no longer honours. An empty store
        // means signed out (logout), so nothing is kept from memory then.
        return stored is not null && _spentRefreshTokens.Contains(stored.RefreshToken!) ? _lastSignIn : stored;
    }

    private IntacctAccessToken? Usable(IntacctStoredToken signIn)
    {
        if (string.IsNullOrEmpty(signIn.AccessToken) || signIn.AccessToken == _rejectedAccessToken)
        {
            return null;
        }

        var token = new IntacctAccessToken(signIn.AccessToken, signIn.ExpiresAt, signIn.ExpiresAt - _options.TokenRefreshSkew);
        if (_time.GetUtcNow() >= token.RefreshAt)
        {
            return null;
        }

        Volatile.Write(ref _sageUser, signIn.UserId ?? IntacctJwt.UserId(signIn.AccessToken));
        _logger.TokenFromStore(_company, token.ExpiresAt);
        return token;
    }

    /// <summary>Sends <c>grant_type=refresh_token</c>; stores the rotated sign-in before returning its access token.</summary>
    /// <returns>The token, or Sage's message when it refused the refresh token (<c>invalid_grant</c>).</returns>
    private async Task<(IntacctAccessToken? Token, string? Refusal)> RefreshAsync(IntacctStoredToken signIn)
    {
        _logger.SignInRefreshing(_company);
        var issuedAt = _time.GetUtcNow();
        var fields = IntacctTokenResponse.WithClient(new() { ["grant_type"] = "refresh_token", ["refresh_token"] = signIn.RefreshToken! }, _options);
        var (status, body, retryAfter) = await SendAsync(new FormUrlEncodedContent(fields));
        if ((int)status is >= 200 and < 300)
        {
            var token = Parse(body, issuedAt, out var rotated);
            var user = IntacctJwt.UserId(token.Value) ?? signIn.UserId;
            var renewed = new IntacctStoredToken(token.Value, token.ExpiresAt, _fingerprint) { RefreshToken = rotated ?? signIn.RefreshToken, UserId = user };
            if (rotated is not null && rotated != signIn.RefreshToken)
            {
                _spentRefreshTokens.Add(signIn.RefreshToken!);
            }

            _lastSignIn = renewed;
            try
            {
                // Before anyone uses the new access token: the old refresh token is already dead at Sage.
                await _store.StoreAsync(_company, renewed, CancellationToken.None);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // Kept in memory (_lastSignIn) for this process; the next login repairs the store.
                _logger.SignInNotStored(_company, e.GetType().Name);
            }

            Volatile.Write(ref _sageUser, user);
            _refused = null;
            _logger.TokenAcquired(_company, token.ExpiresAt, token.RefreshAt);
            return (token, null);
        }

        var error = IntacctErrorMapper.Parse(body);
        if (status is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized && string.Equals(error.Code, "invalid_grant", StringComparison.Ordinal))
        {
            _logger.SignInRefused(_company, (int)status, error.Message);
            return (null, error.Message is { Length: > 0 } message ? message : "invalid_grant");
        }

        throw TokenFailure(status, body, retryAfter);
    }
}
