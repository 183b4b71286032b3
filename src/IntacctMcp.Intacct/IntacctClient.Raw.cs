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

        // Writes to objects always carry a key so that a retry can never write twice; elsewhere only a caller's key is sent.
        var idempotencyKey = isObjectWrite ? NewIdempotencyKey(options) : (isWrite && options?.IdempotencyKey is not null ? NewIdempotencyKey(options) : null);
        var call = new IntacctCall(method, path)
        {
            Query = request.Query,
            Body = request.Body?.DeepClone(),
            Entity = EntityFor(options),
            IdempotencyKey = idempotencyKey,
        };
        var response = await SendCoreAsync(call, cancellationToken);
        return new IntacctRawResponse((int)response.StatusCode, response.Body, response.ContentType);
    }
}
