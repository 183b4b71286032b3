namespace IntacctMcp.Intacct.Auth;

/// <summary>Keeps access tokens beyond the process (e.g. encrypted on disk) so that a restarted server reuses a valid one.</summary>
/// <remarks>The default store keeps nothing. Implementations must never write a token in decrypted form.</remarks>
public interface IIntacctTokenStore
{
    /// <summary>Gets the stored token of a company, if it was stored for the same credentials.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="credentialFingerprint">A one-way fingerprint of the company's current credentials; a token stored under another fingerprint is dropped.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The token, or <see langword="null"/>.</returns>
    ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken);

    /// <summary>Stores a company's token.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="token">The token.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the token is stored.</returns>
    ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken);

    /// <summary>Forgets a company's token (after Sage rejected it).</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the token is gone.</returns>
    ValueTask RemoveAsync(string company, CancellationToken cancellationToken);
}
