using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Objects;

namespace IntacctMcp.Intacct;

/// <summary>The object endpoints: <c>/objects/{application}/{object}[/{key}]</c>.</summary>
internal sealed partial class IntacctClient
{
    /// <summary>The most records Sage accepts in one batch request.</summary>
    public const int MaxBatchSize = 500;

    /// <inheritdoc/>
    public async Task<IntacctPage<IntacctReference>> ListObjectsAsync(string objectName, int start = 1, int? pageSize = null, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (start < 1 || pageSize is < 1)
        {
            throw new IntacctRequestRefusedException("start must be 1 or more and pageSize 1 or more. Nothing was sent.");
        }

        var query = new List<KeyValuePair<string, string>> { new("start", start.ToString(CultureInfo.InvariantCulture)) };
        if (pageSize is { } size)
        {
            query.Add(new("pageSize", size.ToString(CultureInfo.InvariantCulture)));
        }

        var call = new IntacctCall(HttpMethod.Get, IntacctObjectPath.Build(objectName)) { Query = query, Entity = EntityFor(options) };
        var response = await SendCoreAsync(call, cancellationToken);
        var items = (IntacctJson.Result(response.Body) as JsonArray ?? [])
            .Select(IntacctJson.Reference)
            .OfType<IntacctReference>()
            .ToList();
        return new IntacctPage<IntacctReference>(items, IntacctJson.Meta(response.Body));
    }

    /// <inheritdoc/>
    public async Task<JsonObject> GetObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new IntacctCall(HttpMethod.Get, IntacctObjectPath.Build(objectName, key)) { Entity = EntityFor(options) };
        var response = await SendCoreAsync(call, cancellationToken);
        return IntacctJson.Result(response.Body) switch
        {
            JsonObject record => (JsonObject)record.DeepClone(),

            // Some objects answer a single-key read with a one-element array.
            JsonArray { Count: 1 } array when array[0] is JsonObject only => (JsonObject)only.DeepClone(),
            _ => throw UnexpectedShape("GET", call.Path),
        };
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<JsonObject>> GetObjectsAsync(string objectName, IReadOnlyList<string> keys, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (keys.Count is 0 or > MaxBatchSize)
        {
            throw new IntacctRequestRefusedException($"A batch read takes 1 to {MaxBatchSize} keys; {keys.Count} were given. Nothing was sent.");
        }

        var call = new IntacctCall(HttpMethod.Get, IntacctObjectPath.Build(objectName, keys)) { Entity = EntityFor(options) };
        var response = await SendCoreAsync(call, cancellationToken);
        return IntacctJson.Result(response.Body) switch
        {
            JsonArray array => [.. array.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone())],
            JsonObject single => [(JsonObject)single.DeepClone()],
            _ => throw UnexpectedShape("GET", call.Path),
        };
    }

    /// <inheritdoc/>
    public async Task<IntacctReference> CreateObjectAsync(string objectName, JsonObject record, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = IntacctObjectPath.Build(objectName);
        var call = new IntacctCall(HttpMethod.Post, path)
        {
            Body = record.DeepClone(),
            Entity = EntityFor(options),
            IdempotencyKey = WriteIdempotencyKey("POST", path, record, options),
        };
        var response = await SendCoreAsync(call, cancellationToken);
        return ReadReference(response, call) with { Replay = response.Replay };
    }

    /// <inheritdoc/>
    public async Task<IntacctBatchResult> CreateObjectsAsync(string objectName, IReadOnlyList<JsonObject> records, bool atomic = false, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (records.Count is 0 or > MaxBatchSize)
        {
            throw new IntacctRequestRefusedException($"Sage accepts 1 to {MaxBatchSize} records per batch request; {records.Count} were given. Split the batch. Nothing was sent.");
        }

        var path = IntacctObjectPath.Build(objectName);
        var body = new JsonArray([.. records.Select(r => r.DeepClone())]);
        var call = new IntacctCall(HttpMethod.Post, path)
        {
            Body = body,
            Entity = EntityFor(options),
            IdempotencyKey = WriteIdempotencyKey("POST", path, body, options),
            Atomic = atomic,

            // A failed atomic batch answers 4xx with one error per record (the cause, then "unprocessed" ones).
            PerItemErrors = true,
        };
        var response = await SendCoreAsync(call, cancellationToken);
        return IntacctBatchReader.Read(IntacctJson.Result(response.Body), records.Count);
    }

    /// <inheritdoc/>
    public async Task<IntacctReference> UpdateObjectAsync(string objectName, string key, JsonObject changes, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = IntacctObjectPath.Build(objectName, key);
        var call = new IntacctCall(HttpMethod.Patch, path)
        {
            Body = changes.DeepClone(),
            Entity = EntityFor(options),
            IdempotencyKey = WriteIdempotencyKey("PATCH", path, changes, options),
        };
        var response = await SendCoreAsync(call, cancellationToken);
        return ReadReference(response, call, key) with { Replay = response.Replay };
    }

    /// <inheritdoc/>
    public async Task DeleteObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        var call = new IntacctCall(HttpMethod.Delete, IntacctObjectPath.Build(objectName, key))
        {
            Entity = EntityFor(options),
            IdempotencyKey = NewIdempotencyKey(options),
        };
        await SendCoreAsync(call, cancellationToken);
    }

    private static IntacctReference ReadReference(IntacctResponse response, IntacctCall call, string? knownKey = null)
    {
        var result = IntacctJson.Result(response.Body);
        if (result is JsonArray { Count: 1 } array)
        {
            result = array[0];
        }

        return IntacctJson.Reference(result)
            ?? (knownKey is not null ? new IntacctReference(knownKey, null, null) : throw UnexpectedShape(call.Method.Method, call.Path));
    }

    private static IntacctException UnexpectedShape(string method, string path) =>
        new($"Sage Intacct answered {method} {path} with an unexpected body (no ia::result of the expected shape).");
}
