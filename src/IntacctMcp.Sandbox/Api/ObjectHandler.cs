using System.Globalization;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

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
                var record = EntityScope.Find(data, def, part, request.EntityId);
                if (record is null)
                {
                    return SageError.RecordNotFound(def.Name, part).ToResponse();
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

                ResultMeta.Write(w, records.Count, records.Count, 0);
                w.WriteEndObject();
            });
        }
        finally
        {
            data.Lock.ExitReadLock();
        }
    }

    private static int ParsePositive(string text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}
