using System.Text.Json;

namespace IntacctMcp.Sandbox.Responses;

/// <summary>Writes the paging <c>ia::meta</c> of lists and queries: <c>totalCount, start, pageSize, next, previous</c>.</summary>
internal static class PageMeta
{
    public static void Write(Utf8JsonWriter writer, int totalCount, int start, int pageSize)
    {
        writer.WriteStartObject("ia::meta");
        writer.WriteNumber("totalCount", totalCount);
        writer.WriteNumber("start", start);
        writer.WriteNumber("pageSize", pageSize);
        if (start - 1 + pageSize < totalCount)
        {
            writer.WriteNumber("next", start + pageSize);
        }
        else
        {
            writer.WriteNull("next");
        }

        if (start > 1)
        {
            writer.WriteNumber("previous", Math.Max(1, start - pageSize));
        }
        else
        {
            writer.WriteNull("previous");
        }

        writer.WriteEndObject();
    }
}
