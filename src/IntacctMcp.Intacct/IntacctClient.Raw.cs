using IntacctMcp.Intacct.Idempotency;
using IntacctMcp.Intacct.Raw;

namespace IntacctMcp.Intacct;

/// <summary>Raw requests to any Sage REST path under the API base.</summary>
internal sealed partial class IntacctClient
{
    /// <inheritdoc/>
    public async Task<IntacctRawResponse> SendAsync(IntacctRawRequest request, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = IntacctRawPathValidator.Validate(request, _runtime.BaseUri);
        var method = new HttpMethod(request.Method.Method.ToUpperInvariant());
        var isWrite = method != HttpMethod.Get;
        var isObjectWrite = isWrite && path.StartsWith("/objects/", StringComparison.OrdinalIgnoreCase);

        // POST and PATCH carry the key derived from the write (or the caller's), so a repeat is answered with the first
        // outcome; other writes to objects carry a random key so that a retry can never write twice.
        var idempotencyKey = IntacctIdempotencyKey.AppliesTo(method.Method, path)
            ? WriteIdempotencyKey(method.Method, path, request.Body, options)
            : isObjectWrite || (isWrite && options?.IdempotencyKey is not null) ? NewIdempotencyKey(options) : null;
        var call = new IntacctCall(method, path)
        {
            Query = request.Query,
            Body = request.Body?.DeepClone(),
            Entity = EntityFor(options),
            IdempotencyKey = idempotencyKey,
        };
        var response = await SendCoreAsync(call, cancellationToken);
        return new IntacctRawResponse((int)response.StatusCode, response.Body, response.ContentType) { IdempotencyKey = idempotencyKey, Replay = response.Replay };
    }
}
