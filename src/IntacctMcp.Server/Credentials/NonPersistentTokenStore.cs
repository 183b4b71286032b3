using IntacctMcp.Intacct.Auth;
using IntacctMcp.Server.Logging.Redaction;

namespace IntacctMcp.Server.Credentials;

/// <summary>
/// A token store that keeps no Web Services token, but tells the redactor about every token issued, so that logs never
/// show one. A regular user's sign-in (a token with a refresh token) is still read from and written to
/// <paramref name="signIns"/>: it comes from <c>intacct-mcp login</c>, and without it the company cannot work at all.
/// </summary>
/// <remarks>Used when token persistence is off (the HTTP server by default): the client hands every new token to its store.</remarks>
/// <param name="secretRegistry">Where tokens are registered.</param>
/// <param name="signIns">The encrypted store of sign-ins, if any.</param>
internal sealed class NonPersistentTokenStore(ISecretRegistry secretRegistry, IIntacctTokenStore? signIns = null) : IIntacctTokenStore
{
    /// <inheritdoc/>
    public async ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken)
    {
        if (signIns is null)
        {
            return null;
        }

        var stored = await signIns.GetAsync(company, credentialFingerprint, cancellationToken).ConfigureAwait(false);
        return stored?.RefreshToken is null ? null : stored;
    }

    /// <inheritdoc/>
    public async ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        secretRegistry.Register(token.AccessToken);
        if (token.RefreshToken is not null && signIns is not null)
        {
            await signIns.StoreAsync(company, token, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string company, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
