using System.Globalization;
using System.Text.Json;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Api;

/// <summary>Reads under <c>/objects/{app}/{object}</c>: list (references only, 100 per page) and get by key(s).</summary>
internal static partial class ObjectHandler
{
    public const int ListPageSize = 100;

    public static ApiResponse List(ApiRequest request, ObjectDef def)
    {
        var start = ParsePositive(request.Query["start"].ToString(), 1);
        var size = Math.Min(ParsePositive(request.Query["pageSize"].ToString(), ListPageSize), ListPageSize);
        var data = request.Company.Data;
        data.Lock.EnterReadLock();
        try
        {
            var visible = data[def.Name].Records.Where(r => EntityScope.IsVisible(r, request.EntityId)).ToList();
            return ApiResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("ia::result");
                foreach (var record in visible.Skip(start - 1).Take(size))
                {
                    w.WriteStartObject();
                    w.WriteString("key", record.KeyText);
                    w.WriteString("id", record.Id ?? record.KeyText);
                    w.WriteString("href", record.Href);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                PageMeta.Write(w, visible.Count, start, size);
                w.WriteEndObject();
            });
        }
        finally
        {
            data.Lock.ExitReadLock();
        }
    }

    public static ApiResponse Get(ApiRequest request, ObjectDef def, string keys)
    {
        var data = request.Company.Data;
        data.Lock.EnterReadLock();
        try
        {
            var parts = keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var records = new List<Record>();
            foreach (var part in parts)
            {
                var record = Find(data, def, part, request.EntityId);
                if (record is null)
                {
                    return NotFound(def, part).ToResponse();
                }

                records.Add(record);
            }

            return ApiResponse.Json(200, w =>
            {
                w.WriteStartObject();
                w.WritePropertyName("ia::result");
                if (parts.Length == 1)
                {
                    RecordJson.WriteRecord(w, records[0]);
                }
                else
                {
                    w.WriteStartArray();
                    foreach (var record in records)
                    {
                        RecordJson.WriteRecord(w, record);
                    }

                    w.WriteEndArray();
                }

                WriteWriteMeta(w, records.Count, records.Count, 0);
                w.WriteEndObject();
            });
        }
        finally
        {
            data.Lock.ExitReadLock();
        }
    }

    internal static Record? Find(CompanyData data, ObjectDef def, string key, string? entityId) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) &&
        data[def.Name].ByKey(number) is { } record && EntityScope.IsVisible(record, entityId)
            ? record
            : null;

    internal static SageError NotFound(ObjectDef def, string key) =>
        SageError.NotFound($"The {def.Name} with key '{key}' was not found.");

    internal static void WriteWriteMeta(Utf8JsonWriter writer, int total, int success, int errors)
    {
        writer.WriteStartObject("ia::meta");
        writer.WriteNumber("totalCount", total);
        writer.WriteNumber("totalSuccess", success);
        writer.WriteNumber("totalError", errors);
        writer.WriteEndObject();
    }

    private static int ParsePositive(string text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
