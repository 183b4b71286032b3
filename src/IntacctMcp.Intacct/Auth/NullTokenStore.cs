namespace IntacctMcp.Intacct.Auth;

/// <summary>The default token store: keeps nothing, so tokens live only in the process's memory.</summary>
internal sealed class NullTokenStore : IIntacctTokenStore
{
    /// <inheritdoc/>
    public ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IntacctStoredToken?>(null);

    /// <inheritdoc/>
    public ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    public ValueTask RemoveAsync(string company, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
