using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Http;
using IntacctMcp.Intacct.Idempotency;
using IntacctMcp.Intacct.Logging;
using IntacctMcp.Intacct.Pipeline;
using IntacctMcp.Intacct.Raw;
using IntacctMcp.Intacct.Sharing;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct;

/// <summary>
/// The client of one company. Every call is built here and sent through the shared handler chain
/// (timeouts, retries, token refresh, rate limiter, circuit breaker: see IntacctPipeline); every failure is mapped by <see cref="IntacctErrorMapper"/>.
/// </summary>
internal sealed partial class IntacctClient : IIntacctClient
{
    private const string EntityHeader = "X-IA-API-Param-Entity";
    private const string TransactionHeader = "X-IA-API-Param-Transaction";
    private const string IdempotencyHeader = "Idempotency-Key";

    private readonly IntacctCompanyRuntime _runtime;
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly ILogger<IntacctClient> _logger;

    public IntacctClient(IntacctCompanyRuntime runtime, IHttpClientFactory httpClientFactory, ILogger<IntacctClient> logger)
    {
        _runtime = runtime;
        _httpClientFactory = httpClientFactory;
        _logger = logger;
    }

    /// <inheritdoc/>
    public IntacctCompanyInfo Company => _runtime.Info;

    /// <summary>Gets the company's long-lived state (for tests and diagnostics).</summary>
    internal IntacctCompanyRuntime Runtime => _runtime;

    /// <summary>Sends one call and returns its successful answer, or throws the mapped error.</summary>
    /// <param name="call">The call.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The answer.</returns>
    internal async Task<IntacctResponse> SendCoreAsync(IntacctCall call, CancellationToken cancellationToken)
    {
        if (call.IdempotencyKey is null || call.Method == HttpMethod.Get || !_runtime.Shared.IsEnabled)
        {
            return await SendOnceAsync(call, cancellationToken);
        }

        // The same write may be in flight on another replica (a client retried elsewhere): wait for it to finish, so that
        // Sage answers this one from its idempotency cache instead of seeing two identical writes at once.
        await using var inFlight = await IntacctSharedLocks.WaitAsync(
            _runtime.Shared,
            "write:" + call.IdempotencyKey,
            lease: _runtime.Options.TotalTimeout,
            maxWait: _runtime.Options.TotalTimeout,
            isDone: null,
            _runtime.Time,
            cancellationToken);
        return await SendOnceAsync(call, cancellationToken);
    }

    private async Task<IntacctResponse> SendOnceAsync(IntacctCall call, CancellationToken cancellationToken)
    {
        var started = _runtime.Time.GetTimestamp();
        using var request = BuildRequest(call);
        HttpResponseMessage response;
        try
        {
            using var client = _httpClientFactory.CreateClient(IntacctHttpClientNames.Api);
            response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (IntacctException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw IntacctErrorMapper.FromTransportFailure(e, _runtime.Name, call.Method.Method, call.Path, call.Method == HttpMethod.Get ? null : call.IdempotencyKey);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return new IntacctResponse(response.StatusCode, ParseBody(text), response.Content.Headers.ContentType?.MediaType)
                {
                    Replay = call.IdempotencyKey is not null && response.Headers.TryGetValues(IntacctReplay.Header, out var cached) ? IntacctReplay.From(cached) : null,
                };
            }

            if (call.PerItemErrors && (int)response.StatusCode is >= 400 and < 500 && ParseBody(text) is JsonObject { } batch && batch["ia::result"] is JsonArray)
            {
                return new IntacctResponse(response.StatusCode, batch, response.Content.Headers.ContentType?.MediaType);
            }

            var waited = _runtime.Time.GetElapsedTime(started);
            var error = IntacctErrorMapper.FromResponse(response.StatusCode, text, call.Method.Method, call.Path, IntacctRetryHeaders.Read(response, _runtime.Time.GetUtcNow()), waited, call.IdempotencyKey);
            _logger.RequestFailed(_runtime.Name, call.Method.Method, call.Path, (int)response.StatusCode, error.Error.ErrorId ?? error.Error.Code, error.Error.SupportId, (long)waited.TotalMilliseconds);
            throw error;
        }
    }

    private HttpRequestMessage BuildRequest(IntacctCall call)
    {
        var url = new StringBuilder(_runtime.BaseUrl).Append(call.Path);
        var separator = '?';
        foreach (var (name, value) in call.Query ?? [])
        {
            url.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value ?? string.Empty));
            separator = '&';
        }

        var request = new HttpRequestMessage(call.Method, new Uri(url.ToString()));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (call.Body is not null)
        {
            // A keyed write sends its canonical form: Sage compares a repeated key's body with the first, so the same
            // content must always be the same bytes.
            var json = call.IdempotencyKey is not null ? IntacctCanonicalJson.Write(call.Body) : call.Body.ToJsonString();
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }

        if (call.Entity is not null)
        {
            request.Headers.TryAddWithoutValidation(EntityHeader, call.Entity);
        }

        if (call.IdempotencyKey is not null)
        {
            request.Headers.TryAddWithoutValidation(IdempotencyHeader, call.IdempotencyKey);
        }

        if (call.Atomic)
        {
            request.Headers.TryAddWithoutValidation(TransactionHeader, "true");
        }

        request.Options.Set(IntacctRequestContext.Key, new IntacctRequestContext(_runtime.Name, _runtime.Tokens, _runtime.Limiter, call.Method.Method, call.Retryable, call.Path));
        return request;
    }

    private string? EntityFor(IntacctRequestOptions? options)
    {
        var entity = options?.Entity ?? _runtime.Options.EntityId;
        if (entity is not null && (entity.Length == 0 || entity.Length > 256 || entity.Any(char.IsControl)))
        {
            throw new IntacctRequestRefusedException("The entity ID is empty, longer than 256 characters, or contains control characters. Nothing was sent.");
        }

        return entity;
    }

    /// <inheritdoc/>
    public string? IdempotencyKeyFor(IntacctRawRequest request, IntacctRequestOptions? options = null)
    {
        var path = IntacctRawPathValidator.Validate(request, _runtime.BaseUri);
        var method = request.Method.Method.ToUpperInvariant();
        return IntacctIdempotencyKey.AppliesTo(method, path) || (method != "GET" && options?.IdempotencyKey is not null)
            ? WriteIdempotencyKey(method, path, request.Body, options)
            : null;
    }

    /// <summary>The key of a POST or PATCH: the caller's, or the one derived from the write.</summary>
    private string WriteIdempotencyKey(string method, string path, JsonNode? body, IntacctRequestOptions? options)
    {
        if (options?.IdempotencyKey is not null)
        {
            return NewIdempotencyKey(options);
        }

        if (options?.RequestId is { } requestId && IntacctIdempotencyKey.Problem(requestId) is { } problem)
        {
            throw new IntacctRequestRefusedException($"The requestId is not valid: {problem}. Nothing was sent.");
        }

        var company = _runtime.Info.CompanyId is { Length: > 0 } id ? id : _runtime.Name;
        var entity = EntityFor(options) ?? _runtime.Info.EntityId;
        return IntacctIdempotencyKey.Derive(company, entity, method, path, body, options?.RequestId);
    }

    private static string NewIdempotencyKey(IntacctRequestOptions? options)
    {
        var key = options?.IdempotencyKey ?? Guid.NewGuid().ToString("N");
        if (key.Length is 0 or > 256 || key.Any(c => char.IsControl(c) || c > '\x7e'))
        {
            throw new IntacctRequestRefusedException("The Idempotency-Key must be 1 to 256 printable ASCII characters. Nothing was sent.");
        }

        return key;
    }

    private static JsonNode? ParseBody(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            // Downloads (CSV, text) are handed back as a JSON string rather than dropped.
            return JsonValue.Create(text);
        }
    }
}
