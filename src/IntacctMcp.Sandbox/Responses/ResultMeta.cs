using System.Text.Json;

namespace IntacctMcp.Sandbox.Responses;

/// <summary>Writes the <c>ia::meta</c> of single results, writes and reports: <c>totalCount, totalSuccess, totalError</c>.</summary>
internal static class ResultMeta
{
    public static void Write(Utf8JsonWriter writer, int total, int success, int errors)
    {
        writer.WriteStartObject("ia::meta");
        writer.WriteNumber("totalCount", total);
        writer.WriteNumber("totalSuccess", success);
        writer.WriteNumber("totalError", errors);
        writer.WriteEndObject();
    }
}
