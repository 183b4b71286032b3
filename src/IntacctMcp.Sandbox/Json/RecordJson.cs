using System.Globalization;
using System.Text.Json;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Json;

/// <summary>Writes stored values and records in Sage's wire shapes: decimals as 2-decimal strings, dates <c>yyyy-mm-dd</c>, references <c>{key, id, name, href}</c>.</summary>
internal static class RecordJson
{
    public static string FormatDecimal(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string FormatDate(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string FormatDateTime(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Gets a value as the text string operators compare against.</summary>
    public static string? AsText(object? value) => value switch
    {
        null => null,
        string s => s,
        decimal d => FormatDecimal(d),
        DateOnly d => FormatDate(d),
        DateTimeOffset t => FormatDateTime(t),
        long l => l.ToString(CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Record r => r.Id ?? r.KeyText,
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    public static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case decimal d:
                writer.WriteStringValue(FormatDecimal(d));
                break;
            case DateOnly d:
                writer.WriteStringValue(FormatDate(d));
                break;
            case DateTimeOffset t:
                writer.WriteStringValue(FormatDateTime(t));
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case long l:
                writer.WriteNumberValue(l);
                break;
            case Record r:
                WriteReference(writer, r);
                break;
            default:
                writer.WriteStringValue(AsText(value));
                break;
        }
    }

    /// <summary>Writes a field value; keys are strings on the wire even though they are stored as numbers.</summary>
    public static void WriteField(Utf8JsonWriter writer, FieldKind kind, object? value)
    {
        if (kind == FieldKind.Key && value is long key)
        {
            writer.WriteStringValue(key.ToString(CultureInfo.InvariantCulture));
            return;
        }

        // Sage's "type": "number" fields (a credit limit, an invoice line number) are JSON numbers, not decimal strings.
        if (kind == FieldKind.Number && value is decimal number)
        {
            writer.WriteNumberValue(number);
            return;
        }

        WriteValue(writer, value);
    }

    public static void WriteReference(Utf8JsonWriter writer, Record record)
    {
        writer.WriteStartObject();
        writer.WriteString("key", record.KeyText);
        if (record.Id is { } id)
        {
            writer.WriteString("id", id);
        }

        if (record.Name is { } name)
        {
            writer.WriteString("name", name);
        }

        writer.WriteString("href", record.Href);
        writer.WriteEndObject();
    }

    /// <summary>Writes a full record as GET returns it, with nested groups and owned lists.</summary>
    public static void WriteRecord(Utf8JsonWriter writer, Record record)
    {
        WriteNode(writer, record, record.Def.Layout);
    }

    public static void WriteWriteResult(Utf8JsonWriter writer, Record record)
    {
        writer.WriteStartObject();
        writer.WriteString("key", record.KeyText);
        writer.WriteString("id", record.Id ?? record.KeyText);
        writer.WriteString("href", record.Href);
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, Record record, RenderNode node)
    {
        writer.WriteStartObject();
        foreach (var child in node.Children)
        {
            writer.WritePropertyName(child.Name);
            if (child.Field is { } field)
            {
                WriteField(writer, field.Kind, record.Values[field.Ordinal]);
            }
            else if (child.List is { } list)
            {
                writer.WriteStartArray();
                foreach (var item in record.Lists[list.Index])
                {
                    WriteRecord(writer, item);
                }

                writer.WriteEndArray();
            }
            else
            {
                WriteNode(writer, record, child);
            }
        }

        if (ReferenceEquals(node, record.Def.Layout) && record.Def.ServesHref)
        {
            writer.WriteString("href", record.Href);
        }

        writer.WriteEndObject();
    }
}
