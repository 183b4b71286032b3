using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>
/// Runs one or many creates/updates (the caller holds the write lock). Non-atomic batches commit item by item and
/// answer 207 with per-item results in input order when any fail; atomic ones (<c>X-IA-API-Param-Transaction: true</c>)
/// validate every item before committing any.
/// </summary>
internal static class BatchWriter
{
    public static ApiResponse Run(WriteContext context, ApiRequest request, ObjectDef def, IReadOnlyList<JsonNode?> items, string? pathKey, bool atomic, bool isBatch)
    {
        var isCreate = request.Method == "POST";
        var results = new (Record? Record, SageError? Error)[items.Count];
        if (atomic)
        {
            var staged = new StagedRecord?[items.Count];
            for (var i = 0; i < items.Count; i++)
            {
                results[i].Error = Stage(context, request, def, items[i], pathKey, isCreate, out staged[i]);
            }

            if (results.Any(r => r.Error is not null))
            {
                return AtomicFailure(results, isBatch);
            }

            for (var i = 0; i < items.Count; i++)
            {
                results[i].Record = RecordCommitter.Commit(context, staged[i]!);
            }
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i].Error = Stage(context, request, def, items[i], pathKey, isCreate, out var staged);
                if (results[i].Error is null)
                {
                    results[i].Record = RecordCommitter.Commit(context, staged!);
                }
            }
        }

        var succeeded = results.Count(r => r.Error is null);
        if (isCreate)
        {
            request.Company.Counters.CountCreated(succeeded);
        }

        if (!isBatch)
        {
            var (record, error) = results[0];
            return error?.ToResponse() ?? ApiResponse.Json(isCreate ? 201 : 200, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("ia::result");
                RecordJson.WriteWriteResult(w, record!);
                ResultMeta.Write(w, 1, 1, 0);
                w.WriteEndObject();
            });
        }

        var status = succeeded == results.Length ? (isCreate ? 201 : 200) : 207;
        return ApiResponse.Json(status, w => WriteResults(w, results, succeeded));
    }

    private static SageError? Stage(WriteContext context, ApiRequest request, ObjectDef def, JsonNode? item, string? pathKey, bool isCreate,
        out StagedRecord? staged)
    {
        staged = null;
        if (item is not JsonObject body)
        {
            return SageError.Invalid("Each record must be a JSON object.", null);
        }

        Record? existing = null;
        if (!isCreate)
        {
            var key = pathKey ?? (body["key"] is JsonValue k ? (k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : k.ToJsonString()) : null);
            if (key is null)
            {
                return SageError.Invalid("Each record of a batch update must carry its key.", "key");
            }

            existing = EntityScope.Find(context.Data, def, key, request.EntityId);
            if (existing is null)
            {
                return SageError.RecordNotFound(def.Name, key);
            }
        }

        var candidate = new StagedRecord(def, existing, string.Empty);
        var error = FieldStager.Stage(context, candidate, body, isCreate) ?? WriteRules.Apply(context, candidate);
        if (error is null)
        {
            staged = candidate;
        }

        return error;
    }

    private static ApiResponse AtomicFailure((Record? Record, SageError? Error)[] results, bool isBatch)
    {
        var first = results.First(r => r.Error is not null).Error!;
        if (!isBatch)
        {
            return first.ToResponse();
        }

        var unprocessed = new SageError(422, "unprocessed", "Not processed: another record in the transaction failed, so nothing was committed.", "REST-1122");
        return ApiResponse.Json(first.Status, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("ia::result");
            foreach (var (_, error) in results)
            {
                (error ?? unprocessed).WriteItem(w);
            }

            w.WriteEndArray();
            ResultMeta.Write(w, results.Length, 0, results.Length);
            w.WriteEndObject();
        });
    }

    private static void WriteResults(Utf8JsonWriter writer, (Record? Record, SageError? Error)[] results, int succeeded)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("ia::result");
        foreach (var (record, error) in results)
        {
            if (error is not null)
            {
                error.WriteItem(writer);
            }
            else
            {
                RecordJson.WriteWriteResult(writer, record!);
            }
        }

        writer.WriteEndArray();
        ResultMeta.Write(writer, results.Length, succeeded, results.Length - succeeded);
        writer.WriteEndObject();
    }
}
