using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Logging;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Auth;

/// <summary>
/// One company's access token: cached in memory, refreshed ahead of expiry (using Sage's <c>expires_in</c>),
/// single-flight (however many callers find the cache cold or expiring, exactly one token request is made and all of
/// them share its outcome), and kept in an <see cref="IIntacctTokenStore"/> across restarts. A Web Services company
/// asks with <c>client_credentials</c>; a signed-in company (<c>authorization_code</c>) with its stored refresh token
/// (see <c>IntacctTokenProvider.SignIn.cs</c>). When replicas share state (<see cref="IIntacctSharedState"/>), the
/// single flight spans them (see <c>IntacctTokenProvider.Shared.cs</c>).
/// </summary>
internal sealed partial class IntacctTokenProvider : IDisposable
{
    private readonly string _company;
    private readonly IntacctCompanyOptions _options;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly IIntacctTokenStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Uri _tokenUri;
    private readonly string _fingerprint;
    private readonly Lock _gate = new();
    private IntacctAccessToken? _current;
    private Task<IntacctAccessToken>? _inflight;
    private bool _storeConsulted;
    private int _tokenRequests;

    public IntacctTokenProvider(string company, IntacctCompanyOptions options, IHttpClientFactory httpClientFactory, IIntacctTokenStore store, IIntacctSharedState shared, TimeProvider time, ILogger<IntacctTokenProvider> logger)
    {
        _company = company;
        _options = options;
        _httpClientFactory = httpClientFactory;
        _store = store;
        _time = time;
        _logger = logger;
        _tokenUri = new Uri(options.BaseUrl.TrimEnd('/') + "/oauth2/token");
        _fingerprint = IntacctCredentialFingerprint.Compute(options);
        _shared = shared;
        _rejectedElsewhere = shared.OnTokenRejected(OnRejectedElsewhere);
    }

    /// <summary>Gets the cached token, if any (valid or not).</summary>
    public IntacctAccessToken? Current => Volatile.Read(ref _current);

    /// <summary>Gets how many token requests this provider sent to Sage.</summary>
    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    /// <summary>Gets a token that is not due for refresh, fetching one (once for all concurrent callers) when needed.</summary>
    /// <param name="cancellationToken">Cancels this caller's wait, not the shared fetch.</param>
    /// <returns>The token.</returns>
    public Task<IntacctAccessToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = Volatile.Read(ref _current);
        if (token is not null && _time.GetUtcNow() < token.RefreshAt)
        {
            return Task.FromResult(token);
        }

        Task<IntacctAccessToken> shared;
        lock (_gate)
        {
            token = _current;
            if (token is not null && _time.GetUtcNow() < token.RefreshAt)
            {
                return Task.FromResult(token);
            }

            shared = _inflight ??= AcquireAsync();
        }

        return shared.WaitAsync(cancellationToken);
    }

    /// <summary>Forgets a token Sage rejected, unless a newer one already replaced it.</summary>
    /// <param name="rejected">The token that was rejected.</param>
    /// <param name="cancellationToken">Cancels the store update.</param>
    /// <returns>A task that completes when the token is forgotten.</returns>
    public async ValueTask InvalidateAsync(IntacctAccessToken rejected, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_current, rejected))
            {
                return;
            }

            _current = null;

            // The store may hold the same rejected token: do not read it back.
            _storeConsulted = true;
            _rejectedAccessToken = rejected.Value;
        }

        if (_shared.IsEnabled)
        {
            // Every replica drops it; the shared store keeps it until the next fetch overwrites it, and nobody reads it back.
            await PublishRejectedAsync(rejected, cancellationToken);
            return;
        }

        if (_options.UsesSignIn())
        {
            // The store holds the sign-in's refresh token too: keep the file, the next refresh replaces the access token.
            return;
        }

        try
        {
            await _store.RemoveAsync(_company, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store is an optimisation; a failing store must not fail the call.
        }
    }

    private async Task<IntacctAccessToken> AcquireAsync()
    {
        // Leave the caller's lock before doing any work.
        await Task.Yield();
        try
        {
            var token = _shared.IsEnabled ? await SharedAcquireAsync() : await AcquireHereAsync();
            lock (_gate)
            {
                _current = token;
            }

            return token;
        }
        finally
        {
            lock (_gate)
            {
                _inflight = null;
            }
        }
    }

    private async Task<IntacctAccessToken> AcquireHereAsync() =>
        _options.UsesSignIn() ? await SignedInTokenAsync() : await FromStoreAsync() ?? await FetchAsync();

    private async Task<IntacctAccessToken?> FromStoreAsync()
    {
        // A shared store changes under us (another replica fetched): it is read every time.
        if (_storeConsulted && !_shared.IsEnabled)
        {
            return null;
        }

        _storeConsulted = true;
        try
        {
            var stored = await _store.GetAsync(_company, _fingerprint, CancellationToken.None);
            if (stored is null || !string.Equals(stored.CredentialFingerprint, _fingerprint, StringComparison.Ordinal) || stored.AccessToken == _rejectedAccessToken)
            {
                return null;
            }

            var token = new IntacctAccessToken(stored.AccessToken, stored.ExpiresAt, stored.ExpiresAt - _options.TokenRefreshSkew);
            if (_time.GetUtcNow() >= token.RefreshAt)
            {
                return null;
            }

            _logger.TokenFromStore(_company, token.ExpiresAt);
            return token;
        }
        catch (Exception)
        {
            return null;
        }
    }

    private async Task<IntacctAccessToken> FetchAsync()
    {
        _logger.TokenRequested(_company);
        var issuedAt = _time.GetUtcNow();
        var (status, body, retryAfter) = await SendAsync(CreateContent(asJson: false));
        if (status == HttpStatusCode.UnsupportedMediaType)
        {
            // Working clients send both encodings; a tenant that refuses the form gets JSON once.
            _logger.TokenJsonFallback(_company);
            (status, body, retryAfter) = await SendAsync(CreateContent(asJson: true));
        }

        if ((int)status is >= 200 and < 300)
        {
            var token = Parse(body, issuedAt);
            _logger.TokenAcquired(_company, token.ExpiresAt, token.RefreshAt);
            try
            {
                await _store.StoreAsync(_company, new IntacctStoredToken(token.Value, token.ExpiresAt, _fingerprint), CancellationToken.None);
            }
            catch (Exception)
            {
                // The store is an optimisation; the token is cached in memory regardless.
            }

            return token;
        }

        throw TokenFailure(status, body, retryAfter);
    }

    private Exception TokenFailure(HttpStatusCode status, string body, TimeSpan? retryAfter)
    {
        var error = IntacctErrorMapper.Parse(body);
        _logger.TokenFailed(_company, (int)status, error.ErrorId ?? error.Code, error.SupportId);
        if ((int)status is 408 or 429 or >= 500)
        {
            return new IntacctTokenUnavailableException(
                IntacctErrorMapper.Describe($"Sage Intacct's token endpoint answered {(int)status} for company '{_company}'", error),
                retryAfter,
                null)
            {
                Hint = "Sage's token service is unavailable or throttled; try again shortly.",
            };
        }

        return IntacctErrorMapper.FromTokenResponse(_company, status, body);
    }

    private async Task<(HttpStatusCode Status, string Body, TimeSpan? RetryAfter)> SendAsync(HttpContent content)
    {
        Interlocked.Increment(ref _tokenRequests);

        // The shared fetch is not cancelled by any one caller; the attempt timeout bounds it.
        using var timeout = new CancellationTokenSource(_options.AttemptTimeout, _time);
        using var request = new HttpRequestMessage(HttpMethod.Post, _tokenUri) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        try
        {
            using var client = _httpClientFactory.CreateClient(IntacctHttpClientNames.Token);
            using var response = await client.SendAsync(request, timeout.Token);
            var body = await response.Content.ReadAsStringAsync(timeout.Token);
            return (response.StatusCode, body, IntacctRetryHeaders.Read(response, _time.GetUtcNow()));
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or IOException)
        {
            throw new IntacctTokenUnavailableException(
                $"The token request for company '{_company}' could not reach Sage Intacct at {_tokenUri.GetLeftPart(UriPartial.Authority)} ({(e is OperationCanceledException ? "timed out" : e.GetType().Name)}).",
                null,
                e)
            {
                Hint = "Check the network and the company's BaseUrl, then try again.",
            };
        }
    }

    private HttpContent CreateContent(bool asJson)
    {
        var fields = new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = _options.ClientId,
            ["client_secret"] = _options.ClientSecret,
            ["username"] = _options.Username,
        };
        if (!asJson)
        {
            return new FormUrlEncodedContent(fields);
        }

        var json = new JsonObject();
        foreach (var (name, value) in fields)
        {
            json[name] = value;
        }

        return new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
    }

    private IntacctAccessToken Parse(string body, DateTimeOffset issuedAt) => Parse(body, issuedAt, out _);

    private IntacctAccessToken Parse(string body, DateTimeOffset issuedAt, out string? refreshToken)
    {
        var response = IntacctTokenResponse.Parse(body) ?? throw new IntacctAuthenticationException(
            $"Sage Intacct's token response for company '{_company}' carried no access_token.",
            HttpStatusCode.OK,
            new IntacctApiError(null, "no access_token in the token response", null, null, []));
        refreshToken = response.RefreshToken;
        return IntacctAccessToken.Create(response.AccessToken, issuedAt, issuedAt + response.Lifetime, _options.TokenRefreshSkew);
    }
}
