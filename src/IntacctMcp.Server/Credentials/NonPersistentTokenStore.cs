using IntacctMcp.Intacct.Auth;
using IntacctMcp.Server.Logging.Redaction;

namespace IntacctMcp.Server.Credentials;

/// <summary>A token store that keeps nothing, but tells the redactor about every token issued, so that logs never show one.</summary>
/// <remarks>Used when token persistence is off (the HTTP server by default): the client hands every new token to its store.</remarks>
/// <param name="secretRegistry">Where tokens are registered.</param>
internal sealed class NonPersistentTokenStore(ISecretRegistry secretRegistry) : IIntacctTokenStore
{
    /// <inheritdoc/>
    public ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IntacctStoredToken?>(null);

    /// <inheritdoc/>
    public ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(token);
        secretRegistry.Register(token.AccessToken);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string company, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
