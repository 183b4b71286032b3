using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Query;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary><c>POST /services/core/query</c>: flat rows keyed by the requested paths, with <c>ia::meta</c> paging.</summary>
internal static class QueryHandler
{
    public static ApiResponse Handle(ApiRequest request)
    {
        if (!BodyJson.TryParse(request.Body, out var body, out var error))
        {
            return error!.ToResponse();
        }

        if (body is JsonArray batch)
        {
            return HandleBatch(request, batch);
        }

        var (status, write) = Run(request, body);
        return ApiResponse.Json(status, write);
    }

    /// <summary>Several queries in one call: an array of per-query envelopes, each as a single query would answer.</summary>
    private static ApiResponse HandleBatch(ApiRequest request, JsonArray batch)
    {
        var results = batch.Select(item => Run(request, item)).ToList();
        return ApiResponse.Json(200, w =>
        {
            w.WriteStartArray();
            foreach (var (_, write) in results)
            {
                write(w);
            }

            w.WriteEndArray();
        });
    }

    private static (int Status, Action<Utf8JsonWriter> Write) Run(ApiRequest request, JsonNode? body)
    {
        var error = QueryParser.TryParse(body, request.Today, out var plan);
        if (error is not null)
        {
            return (error.Status, w => WriteError(w, error));
        }

        var data = request.Company.Data;
        QueryResult result;
        data.Lock.EnterReadLock();
        try
        {
            result = QueryExecutor.Execute(plan!, data, request.EntityId);
        }
        finally
        {
            data.Lock.ExitReadLock();
        }

        return (200, w => WritePage(w, plan!, result));
    }

    private static void WritePage(Utf8JsonWriter writer, QueryPlan plan, QueryResult result)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("ia::result");
        var names = plan.Columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        foreach (var row in result.Rows)
        {
            writer.WriteStartObject();
            for (var c = 0; c < row.Length; c++)
            {
                writer.WritePropertyName(names[c]);
                RecordJson.WriteField(writer, result.Kinds[c], row[c]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        PageMeta.Write(writer, result.TotalCount, plan.Start, plan.Size);
        writer.WriteEndObject();
    }

    private static void WriteError(Utf8JsonWriter writer, SageError error)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("ia::result");
        writer.WritePropertyName("ia::error");
        error.WriteErrorObject(writer);
        writer.WriteEndObject();
        writer.WriteStartObject("ia::meta");
        writer.WriteNumber("totalCount", 1);
        writer.WriteNumber("totalSuccess", 0);
        writer.WriteNumber("totalError", 1);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
