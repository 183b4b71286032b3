using System.Security.Cryptography;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;
using IntacctMcp.Sandbox.Writes;

namespace IntacctMcp.Sandbox.Api;

/// <summary>Writes under <c>/objects/{app}/{object}</c>: create, update and delete, single or batched, with idempotency keys.</summary>
internal static partial class ObjectHandler
{
    public const int MaxBatch = 500;
    private const string IdempotencyHeader = "Idempotency-Key";
    private const string TransactionHeader = "X-IA-API-Param-Transaction";

    public static ApiResponse Create(ApiRequest request, ObjectDef def) =>
        Idempotent(request, () => Write(request, def, null));

    public static ApiResponse Update(ApiRequest request, ObjectDef def, string? key) =>
        Idempotent(request, () => Write(request, def, key));

    public static ApiResponse Delete(ApiRequest request, ObjectDef def, string keys)
    {
        var data = request.Company.Data;
        var context = ContextOf(request);
        data.Lock.EnterWriteLock();
        try
        {
            var records = new List<Record>();
            foreach (var key in keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var record = EntityScope.Find(data, def, key, request.EntityId);
                if (record is null)
                {
                    return SageError.RecordNotFound(def.Name, key).ToResponse();
                }

                records.Add(record);
            }

            foreach (var record in records)
            {
                if (RecordDeleter.Check(context, record) is { } error)
                {
                    return error.ToResponse();
                }
            }

            foreach (var record in records)
            {
                RecordDeleter.Delete(context, record);
            }

            return ApiResponse.NoContent;
        }
        finally
        {
            data.Lock.ExitWriteLock();
        }
    }

    private static WriteContext ContextOf(ApiRequest request) => new(request.Company.Books, request.EntityId, request.Now, request.User);

    /// <summary>Replays the first response to an <c>Idempotency-Key</c> for 48 hours, or answers 409 when the key comes back with
    /// another request, or after the replay window while Sage still keeps the key (60 days).</summary>
    /// <remarks>
    /// Check, write and store run under the company's write lock, so two identical requests at the same moment write once:
    /// the second waits and gets the replay. (Sage documents that the later ones get an error while the first holds the
    /// key's lock; either way no second record is written.)
    /// </remarks>
    private static ApiResponse Idempotent(ApiRequest request, Func<ApiResponse> write)
    {
        var key = request.Headers[IdempotencyHeader].ToString();
        if (key.Length == 0)
        {
            return write();
        }

        if (key.Length > 256)
        {
            return SageError.Invalid("The Idempotency-Key header can be at most 256 characters.", IdempotencyHeader).ToResponse();
        }

        var fingerprint = SHA256.HashData([.. System.Text.Encoding.UTF8.GetBytes(request.Method + " " + request.Path + "\n"), .. request.Body]);
        var data = request.Company.Data;
        data.Lock.EnterWriteLock();
        try
        {
            var cache = request.Company.Idempotency;
            if (cache.Find(key, request.Now) is { } entry)
            {
                if (!entry.Replayable(request.Now))
                {
                    return SageError.Conflict($"The Idempotency-Key was already used on {RecordJson.FormatDateTime(entry.CachedAt)}; its response is no longer cached (48 hours) and the key is kept for 60 days.", IdempotencyHeader).ToResponse();
                }

                return entry.Fingerprint.AsSpan().SequenceEqual(fingerprint)
                    ? entry.Response.WithHeaders([new("x-ia-idempotency-cached-date", RecordJson.FormatDateTime(entry.CachedAt))])
                    : SageError.Conflict("The Idempotency-Key was already used with a different request.", IdempotencyHeader).ToResponse();
            }

            // Write sees the lock already held and runs under it, so check, write and store are one step.
            var response = write();
            if (response.Status < 500)
            {
                cache.Store(key, fingerprint, response, request.Now);
            }

            return response;
        }
        finally
        {
            data.Lock.ExitWriteLock();
        }
    }

    private static ApiResponse Write(ApiRequest request, ObjectDef def, string? pathKey)
    {
        if (!BodyJson.TryParse(request.Body, out var body, out var parseError))
        {
            return parseError!.ToResponse();
        }

        var items = body switch
        {
            JsonArray array => array.ToList(),
            JsonObject single => [single],
            _ => null,
        };
        if (items is null || items.Count == 0)
        {
            return SageError.Invalid("The body must be a JSON object or a non-empty array of objects.", null).ToResponse();
        }

        if (items.Count > MaxBatch)
        {
            return SageError.Invalid($"A batch can hold at most {MaxBatch} records; this one has {items.Count}.", null).ToResponse();
        }

        if (pathKey is not null && body is JsonArray)
        {
            return SageError.Invalid("A batch update takes the keys inside the items, not in the path.", null).ToResponse();
        }

        var atomic = string.Equals(request.Headers[TransactionHeader].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var data = request.Company.Data;
        var held = data.Lock.IsWriteLockHeld;
        if (!held)
        {
            data.Lock.EnterWriteLock();
        }

        try
        {
            return BatchWriter.Run(ContextOf(request), request, def, items, pathKey, atomic, body is JsonArray);
        }
        finally
        {
            if (!held)
            {
                data.Lock.ExitWriteLock();
            }
        }
    }
}
