using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct;
using IntacctMcp.Intacct.Idempotency;
using IntacctMcp.Intacct.Objects;
using IntacctMcp.Intacct.Query;
using IntacctMcp.Intacct.Raw;

namespace IntacctMcp.Tools.Tests.Fakes;

/// <summary>A hand-written client that records every call and answers from handlers the test sets.</summary>
internal sealed class FakeIntacctClient(string name) : IIntacctClient
{
    public IntacctCompanyInfo Company { get; } = new(name, name.ToUpperInvariant(), "ai-api", null, new Uri("http://127.0.0.1:1/ia/api/v1"), true);

    public List<string> Calls { get; } = [];

    public List<IntacctQuery> Queries { get; } = [];

    public List<(string Object, JsonObject Body, IntacctRequestOptions? Options)> Creates { get; } = [];

    public List<(IntacctRawRequest Request, IntacctRequestOptions? Options)> Sends { get; } = [];

    public Func<IntacctQuery, IReadOnlyList<JsonObject>> OnQuery { get; set; } = _ => [];

    public Exception? Failure { get; set; }

    /// <summary>Gets or sets a failure thrown by creates only (the lookups before them succeed).</summary>
    public Exception? CreateFailure { get; set; }

    public Task<IntacctConnectionInfo> TestConnectionAsync(CancellationToken cancellationToken = default)
    {
        Record("test");
        return Task.FromResult(new IntacctConnectionInfo(Company, Company.CompanyId, null, DateTimeOffset.UnixEpoch, "company-config/entity", 2));
    }

    // The real derivation, so that the tools' keys are what a real client would send.
    public string? IdempotencyKeyFor(IntacctRawRequest request, IntacctRequestOptions? options = null) =>
        options?.IdempotencyKey
        ?? (IntacctIdempotencyKey.AppliesTo(request.Method.Method, request.Path)
            ? IntacctIdempotencyKey.Derive(Company.CompanyId, options?.Entity ?? Company.EntityId, request.Method.Method, request.Path, request.Body, options?.RequestId)
            : null);

    public Task<IntacctPage<IntacctReference>> ListObjectsAsync(string objectName, int start = 1, int? pageSize = null, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task<JsonObject> GetObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record($"GET {objectName}/{key}");
        return Task.FromResult(new JsonObject { ["key"] = key, ["object"] = objectName });
    }

    public Task<IReadOnlyList<JsonObject>> GetObjectsAsync(string objectName, IReadOnlyList<string> keys, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task<IntacctReference> CreateObjectAsync(string objectName, JsonObject record, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record($"POST {objectName}");
        Creates.Add((objectName, record, options));
        if (CreateFailure is { } failure)
        {
            throw failure;
        }

        return Task.FromResult(new IntacctReference("999", "NEW-1", $"/objects/{objectName}/999"));
    }

    public Task<IntacctBatchResult> CreateObjectsAsync(string objectName, IReadOnlyList<JsonObject> records, bool atomic = false, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task<IntacctReference> UpdateObjectAsync(string objectName, string key, JsonObject changes, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task DeleteObjectAsync(string objectName, string key, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task<IntacctPage<JsonObject>> QueryAsync(IntacctQuery query, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record("query " + query.Object);
        Queries.Add(query);
        var rows = OnQuery(query);
        var start = query.Start ?? 1;
        var size = query.Size ?? 100;
        var page = rows.Skip(start - 1).Take(size).ToList();
        int? next = start - 1 + size < rows.Count ? start + size : null;
        return Task.FromResult(new IntacctPage<JsonObject>(page, new IntacctPageMeta(rows.Count, start, size, next, null)));
    }

    public async IAsyncEnumerable<JsonObject> QueryAllAsync(IntacctQuery query, int maxRows = 10000, IntacctRequestOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var page = await QueryAsync(query with { Size = maxRows }, options, cancellationToken);
        foreach (var row in page.Items)
        {
            yield return row;
        }
    }

    public Task<JsonObject> GetModelAsync(string objectName, CancellationToken cancellationToken = default)
    {
        Record("model " + objectName);
        return Task.FromResult(new JsonObject { ["fields"] = new JsonObject { ["id"] = new JsonObject { ["type"] = "string" } } });
    }

    public Task<JsonNode?> RunReportAsync(string report, JsonObject request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("not used by the tools");

    public Task<IntacctRawResponse> SendAsync(IntacctRawRequest request, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Record($"{request.Method} {request.Path}");
        Sends.Add((request, options));
        return Task.FromResult(new IntacctRawResponse(200, new JsonObject { ["ia::result"] = new JsonObject { ["key"] = "7" } }, "application/json"));
    }

    private void Record(string call)
    {
        Calls.Add(call);
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
