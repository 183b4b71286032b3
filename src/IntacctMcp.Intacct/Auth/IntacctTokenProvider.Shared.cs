using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Logging;
using IntacctMcp.Intacct.Sharing;

namespace IntacctMcp.Intacct.Auth;

/// <summary>The single flight across replicas: one token request per company, however many replicas need one.</summary>
/// <remarks>
/// The shared token store is read first (another replica may have fetched); then one replica takes the company's token
/// lock, reads the store once more, and fetches (or refreshes a sign-in) while the others wait for the token to
/// appear. A replica that cannot reach the shared state, or waits longer than an attempt, fetches on its own rather
/// than fail the call. A token Sage rejects is named to every replica by its fingerprint.
/// </remarks>
internal sealed partial class IntacctTokenProvider
{
    private readonly IIntacctSharedState _shared;
    private readonly IDisposable _rejectedElsewhere;

    /// <inheritdoc/>
    public void Dispose() => _rejectedElsewhere.Dispose();

    private async Task<IntacctAccessToken> SharedAcquireAsync()
    {
        IntacctAccessToken? found = null;
        await using var held = await IntacctSharedLocks.WaitAsync(
            _shared,
            "token:" + _company,
            lease: _options.AttemptTimeout * 2,
            maxWait: _options.AttemptTimeout,
            async () => (found = await StoredUsableAsync()) is not null,
            _time,
            CancellationToken.None);
        if (found is not null)
        {
            return found;
        }

        // Another replica may have stored a token between our last look and our lock.
        if (held.State == IntacctSharedLockState.Acquired && await StoredUsableAsync() is { } stored)
        {
            return stored;
        }

        return _options.UsesSignIn() ? await SignedInTokenAsync() : await FetchAsync();
    }

    private async Task<IntacctAccessToken?> StoredUsableAsync() =>
        _options.UsesSignIn()
            ? await ReadSignInAsync() is { } signIn ? Usable(signIn) : null
            : await FromStoreAsync();

    private async ValueTask PublishRejectedAsync(IntacctAccessToken rejected, CancellationToken cancellationToken)
    {
        try
        {
            await _shared.PublishTokenRejectedAsync(_company, rejected.Fingerprint, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The others find out from their own 401; this call goes on with a new token either way.
        }
    }

    private void OnRejectedElsewhere(string company, string fingerprint)
    {
        if (!string.Equals(company, _company, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        lock (_gate)
        {
            if (_current is { } current && current.Fingerprint == fingerprint)
            {
                _current = null;
                _rejectedAccessToken = current.Value;
                _logger.TokenRejectedElsewhere(_company);
            }
        }
    }
}
