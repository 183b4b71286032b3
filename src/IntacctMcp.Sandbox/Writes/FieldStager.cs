using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Writes;

/// <summary>Reads a write body into a <see cref="StagedRecord"/>: nested groups, references by key or ID, owned lines, typed values.</summary>
internal static class FieldStager
{
    /// <summary>Properties that clients echo back from a GET and that a write simply ignores.</summary>
    private static readonly HashSet<string> Ignored = new(["key", "id", "href", "ia::operation", "audit"], StringComparer.Ordinal);

    public static SageError? Stage(WriteContext context, StagedRecord staged, JsonObject body, bool isCreate)
    {
        return StageObject(context, staged, body, string.Empty, isCreate);
    }

    private static SageError? StageObject(WriteContext context, StagedRecord staged, JsonObject body, string prefix, bool isCreate)
    {
        var def = staged.Def;
        foreach (var (name, node) in body)
        {
            var path = prefix + name;
            if (prefix.Length == 0 && def.FindList(name) is { } list)
            {
                var error = StageList(context, staged, list, node, isCreate);
                if (error is not null)
                {
                    return error;
                }

                continue;
            }

            if (def.ByPath.TryGetValue(path, out var field))
            {
                if (field.ReadOnly && !WriteRules.IsWritableOnCreate(def, path, isCreate))
                {
                    if (Ignored.Contains(path) || field.Kind == FieldKind.Reference && string.Equals(path, "entity", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    return SageError.Invalid($"'{path}' is read-only and cannot be written.", staged.TargetOf(path));
                }

                var error = Convert(context, field, node, staged.TargetOf(path), out var value);
                if (error is not null)
                {
                    return error;
                }

                staged.Set(field, value);
                continue;
            }

            if (node is JsonObject nested && def.Fields.Any(f => f.Path.StartsWith(path + ".", StringComparison.Ordinal)))
            {
                var error = StageObject(context, staged, nested, path + ".", isCreate);
                if (error is not null)
                {
                    return error;
                }

                continue;
            }

            if (Ignored.Contains(path) || path.StartsWith("audit.", StringComparison.Ordinal))
            {
                continue;
            }

            return SageError.Invalid($"'{path}' is not a valid field of {def.Name}.", staged.TargetOf(path), "REST-1043");
        }

        return null;
    }

    private static SageError? StageList(WriteContext context, StagedRecord staged, ListDef list, JsonNode? node, bool isCreate)
    {
        if (node is not JsonArray items)
        {
            return SageError.Invalid($"'{list.Name}' must be an array.", staged.TargetOf(list.Name));
        }

        var lines = staged.Lines(list.Name);
        var existing = staged.Existing?.Lists[list.Index] ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var target = $"{list.Name}[{i}]";
            if (items[i] is not JsonObject item)
            {
                return SageError.Invalid($"Each item of '{list.Name}' must be an object.", target);
            }

            StagedRecord line;
            if (!isCreate && item["key"] is JsonValue keyValue)
            {
                var keyText = keyValue.GetValueKind() == JsonValueKind.String ? keyValue.GetValue<string>() : keyValue.ToJsonString();
                var match = existing.FirstOrDefault(r => string.Equals(r.KeyText, keyText, StringComparison.Ordinal));
                if (match is null)
                {
                    return SageError.Invalid($"The {list.Name} item with key '{keyText}' does not belong to this record.", target + ".key");
                }

                var index = lines.FindIndex(l => ReferenceEquals(l.Existing, match));
                if (item["ia::operation"] is JsonValue operation && operation.GetValueKind() == JsonValueKind.String &&
                    string.Equals(operation.GetValue<string>(), "delete", StringComparison.Ordinal))
                {
                    staged.DeletedLines.Add(match);
                    if (index >= 0)
                    {
                        lines.RemoveAt(index);
                    }

                    continue;
                }

                line = index >= 0 ? lines[index] : new StagedRecord(list.Child, match, target);
                if (index < 0)
                {
                    lines.Add(line);
                }
            }
            else
            {
                line = new StagedRecord(list.Child, null, target);
                lines.Add(line);
            }

            var error = StageObject(context, line, item, string.Empty, line.Existing is null);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static SageError? Convert(WriteContext context, FieldDef field, JsonNode? node, string target, out object? value)
    {
        value = null;
        if (node is null)
        {
            return null;
        }

        if (field.Kind == FieldKind.Reference)
        {
            return ResolveReference(context, field, node, target, out value);
        }

        if (node is not JsonValue json)
        {
            return SageError.Invalid($"'{field.Path}' must be a single value.", target);
        }

        var kind = json.GetValueKind();
        var text = kind == JsonValueKind.String ? json.GetValue<string>() : json.ToJsonString();
        switch (field.Kind)
        {
            case FieldKind.Text:
                value = text;
                return null;
            case FieldKind.Enum:
                if (field.EnumValues!.Contains(text))
                {
                    value = text;
                    return null;
                }

                return SageError.Invalid($"'{text}' is not a valid value of '{field.Path}'; use one of {string.Join(", ", field.EnumValues!)}.", target);
            case FieldKind.Decimal when decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount):
                value = Math.Round(amount, 2);
                return null;
            case FieldKind.Number when decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real):
                value = real;
                return null;
            case FieldKind.Integer when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number):
                value = number;
                return null;
            case FieldKind.Date when Query.QueryParser.TryParseDate(text, out var date):
                value = date;
                return null;
            case FieldKind.Boolean when kind is JsonValueKind.True or JsonValueKind.False || bool.TryParse(text, out _):
                value = bool.Parse(text);
                return null;
            case FieldKind.DateTime when DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var stamp):
                value = stamp;
                return null;
            default:
                var expected = field.Kind switch
                {
                    FieldKind.Decimal => "a decimal amount such as \"125.00\"",
                    FieldKind.Number => "a number",
                    FieldKind.Date => "a date in the form yyyy-mm-dd",
                    FieldKind.Boolean => "true or false",
                    FieldKind.Integer => "a whole number",
                    _ => "a valid value",
                };
                return SageError.Invalid($"'{text}' is not valid for '{field.Path}'; expected {expected}.", target);
        }
    }

    private static SageError? ResolveReference(WriteContext context, FieldDef field, JsonNode node, string target, out object? value)
    {
        value = null;
        var store = context.Data[field.RefObject!];
        string? key = null, id = null;
        switch (node)
        {
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                id = v.GetValue<string>();
                break;
            case JsonObject o:
                key = o["key"] is JsonValue k ? (k.GetValueKind() == JsonValueKind.String ? k.GetValue<string>() : k.ToJsonString()) : null;
                id = o["id"] is JsonValue i && i.GetValueKind() == JsonValueKind.String ? i.GetValue<string>() : null;
                break;
            default:
                return SageError.Invalid($"'{field.Path}' must be a reference such as {{\"id\": \"...\"}} or {{\"key\": \"...\"}}.", target);
        }

        if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(id))
        {
            return SageError.Invalid($"'{field.Path}' needs a non-empty id or key; leave the reference out instead of sending it empty.", target);
        }

        var record = !string.IsNullOrEmpty(key)
            ? long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? store.ByKey(number) : null
            : store.ById(id!);
        if (record is null)
        {
            var label = string.IsNullOrEmpty(key) ? $"id '{id}'" : $"key '{key}'";
            return SageError.Invalid($"There is no {field.RefObject} with {label}.", target, "REST-1034");
        }

        value = record;
        return null;
    }
}
