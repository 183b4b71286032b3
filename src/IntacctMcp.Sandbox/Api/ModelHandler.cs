using System.Text.Json;
using System.Text.RegularExpressions;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary><c>GET /services/core/model</c>: the object list, or one object's fields, groups, refs, lists and methods (reference §4.2).</summary>
internal static class ModelHandler
{
    public static ApiResponse Handle(ApiRequest request)
    {
        var name = request.Query["name"].ToString();
        var type = request.Query["type"].ToString();
        if (type.Length > 0 && type != "object")
        {
            return SageError.Invalid($"The sandbox serves only object models; '{type}' models are not available.", "type").ToResponse();
        }

        if (name.Length == 0)
        {
            return List(request.Query["filter"].ToString());
        }

        return SandboxObjects.All.TryGetValue(name, out var def)
            ? ApiResponse.Json(200, w => WriteModel(w, def))
            : SageError.NotFound($"There is no model named '{name}'.").ToResponse();
    }

    private static ApiResponse List(string filter)
    {
        Regex? regex = null;
        if (filter.Length > 0)
        {
            try
            {
                regex = new Regex(filter, RegexOptions.None, TimeSpan.FromMilliseconds(100));
            }
            catch (ArgumentException)
            {
                return SageError.Invalid($"'{filter}' is not a valid regular expression.", "filter").ToResponse();
            }
        }

        var names = SandboxObjects.All.Keys.Where(n => regex?.IsMatch(n) ?? true).Order(StringComparer.Ordinal).ToList();
        return ApiResponse.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("ia::result");
            foreach (var name in names)
            {
                w.WriteStartObject();
                w.WriteString("apiObject", name);
                w.WriteString("type", SandboxObjects.All[name].IsOwned ? "ownedObject" : "rootObject");
                w.WriteString("href", "/services/core/model?name=" + name);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            PageMeta.Write(w, names.Count, 1, Math.Max(names.Count, 1));
            w.WriteEndObject();
        });
    }

    private static void WriteModel(Utf8JsonWriter writer, ObjectDef def)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("ia::result");
        writer.WriteStartObject("fields");
        foreach (var field in def.Fields.Where(f => f.Kind != FieldKind.Reference && !f.Path.Contains('.', StringComparison.Ordinal)))
        {
            WriteField(writer, field.Path, field);
        }

        writer.WriteEndObject();
        writer.WriteStartObject("groups");
        foreach (var group in def.Fields.Where(f => f.Kind != FieldKind.Reference && f.Path.Contains('.', StringComparison.Ordinal))
                     .GroupBy(f => f.Path[..f.Path.LastIndexOf('.')]))
        {
            writer.WriteStartObject(group.Key);
            writer.WriteStartObject("fields");
            foreach (var field in group)
            {
                WriteField(writer, field.Path[(field.Path.LastIndexOf('.') + 1)..], field);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("refs");
        foreach (var field in def.Fields.Where(f => f.Kind == FieldKind.Reference))
        {
            writer.WriteStartObject(field.Path);
            writer.WriteString("apiObject", field.RefObject);
            writer.WriteBoolean("readOnly", field.ReadOnly);
            writer.WriteStartObject("fields");
            foreach (var targetField in field.Target!.Fields.Where(f => f.Path is "key" or "id" or "name"))
            {
                WriteField(writer, targetField.Path, targetField);
            }

            writer.WriteStartObject("href");
            writer.WriteString("type", "string");
            writer.WriteBoolean("readOnly", true);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteStartObject("lists");
        foreach (var list in def.Lists)
        {
            writer.WriteStartObject(list.Name);
            writer.WriteString("apiObject", list.ChildObject);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteString("httpMethods", def.HttpMethods);
        writer.WriteBoolean("idempotenceSupported", def.Allows("POST") || def.Allows("PATCH"));
        writer.WriteString("type", def.IsOwned ? "ownedObject" : "rootObject");
        writer.WriteString("href", "/services/core/model?name=" + def.Name);
        writer.WriteEndObject();
        writer.WriteStartObject("ia::meta");
        writer.WriteNumber("totalCount", 1);
        writer.WriteNumber("totalSuccess", 1);
        writer.WriteNumber("totalError", 0);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteField(Utf8JsonWriter writer, string name, FieldDef field)
    {
        writer.WriteStartObject(name);
        var (type, format) = field.Kind switch
        {
            FieldKind.Decimal => ("string", "decimal-precision-2"),
            FieldKind.Integer => ("integer", null),
            FieldKind.Number => ("number", null),
            FieldKind.Boolean => ("boolean", null),
            FieldKind.Date => ("string", "date"),
            FieldKind.DateTime => ("string", "date-time"),
            _ => ("string", null),
        };
        writer.WriteString("type", type);
        if (format is not null)
        {
            writer.WriteString("format", format);
        }

        writer.WriteBoolean("mutable", !field.ReadOnly);
        writer.WriteBoolean("nullable", field.Kind != FieldKind.Key);
        writer.WriteBoolean("readOnly", field.ReadOnly);
        writer.WriteBoolean("writeOnly", field.WriteOnly);
        // Sage's model always says false here (reference §4.2); required fields come from the OpenAPI spec.
        writer.WriteBoolean("required", false);
        if (field.EnumValues is { } values)
        {
            writer.WriteStartArray("enum");
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
