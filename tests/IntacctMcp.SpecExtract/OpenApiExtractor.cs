using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace IntacctMcp.SpecExtract;

/// <summary>
/// Extracts object fields from Sage's OpenAPI documents as Sage publishes them (one document per area, e.g.
/// <c>general-ledger.json</c>): the schema <c>objects.{application}.{object}</c> under <c>components.schemas</c>,
/// flattened into dotted paths, with <c>{application}-{object}RequiredProperties</c> for required fields.
/// </summary>
/// <remarks>
/// What the documents do, and this follows: shared pieces are <c>$ref</c>s into the same document's schemas
/// (<c>entity-ref</c>, <c>audit.s1</c>, <c>status</c>, <c>dimension-ref</c>, …); a reference to another record is an
/// inline object with <c>key</c>/<c>id</c> and an <c>href</c> whose example is <c>/objects/{application}/{object}/{key}</c>;
/// overrides are written as <c>allOf</c>; owned lists are arrays whose items <c>$ref</c> another <c>objects.*</c> schema;
/// <c>readOnly</c> on an object applies to everything inside it.
/// </remarks>
public static partial class OpenApiExtractor
{
    private const string SchemaPrefix = "#/components/schemas/";

    /// <summary>Extracts the named objects from a set of OpenAPI documents.</summary>
    /// <param name="documents">The documents by file name (e.g. <c>general-ledger.json</c>).</param>
    /// <param name="objectNames">The objects wanted, as <c>application/object</c>.</param>
    /// <returns>The objects found, in the order asked; objects no document defines are left out.</returns>
    public static IReadOnlyList<SpecObject> Extract(IReadOnlyDictionary<string, JsonObject> documents, IEnumerable<string> objectNames)
    {
        var result = new List<SpecObject>();
        foreach (var name in objectNames)
        {
            var schemaName = "objects." + name.Replace('/', '.');
            foreach (var (file, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var schemas = document["components"]?["schemas"]?.AsObject();
                if (schemas?[schemaName] is not JsonObject schema)
                {
                    continue;
                }

                var fields = new Dictionary<string, SpecField>(StringComparer.Ordinal);
                Flatten(schemas, schema, string.Empty, readOnly: false, writeOnly: false, fields);
                ApplyRequired(schemas, name, fields);
                result.Add(new SpecObject(name, "spec/" + file, schemaName, Complete: true, Note: null, fields));
                break;
            }
        }

        // Lines owned by an object inherit the requirements the owner states for its list items.
        foreach (var owner in result.ToList())
        {
            ApplyListRequirements(documents, owner, result);
        }

        return result;
    }

    private static void Flatten(JsonObject schemas, JsonNode node, string prefix, bool readOnly, bool writeOnly, Dictionary<string, SpecField> fields)
    {
        var resolved = Resolve(schemas, node.AsObject());
        readOnly |= (bool?)resolved["readOnly"] ?? false;
        writeOnly |= (bool?)resolved["writeOnly"] ?? false;
        if ((string?)resolved["type"] == "array")
        {
            var items = resolved["items"]?.AsObject();
            var itemRef = (string?)items?["$ref"];
            fields[prefix] = itemRef is not null && itemRef.StartsWith(SchemaPrefix + "objects.", StringComparison.Ordinal)
                ? Field("list", ObjectName(itemRef[(SchemaPrefix.Length + "objects.".Length)..]), null, readOnly, writeOnly)
                : Field("array", null, null, readOnly, writeOnly);
            return;
        }

        var properties = Properties(schemas, resolved);
        if (properties.Count > 0)
        {
            if (prefix.Length > 0 && ReferenceTarget(properties) is { } target)
            {
                fields[prefix] = Field("reference", target, null, readOnly, writeOnly);
            }

            foreach (var (name, child) in properties)
            {
                Flatten(schemas, child, prefix.Length == 0 ? name : prefix + "." + name, readOnly, writeOnly, fields);
            }

            return;
        }

        if (prefix.Length == 0)
        {
            return;
        }

        var values = resolved["enum"]?.AsArray().Where(v => v is not null).Select(v => v!.ToString()).ToList();
        fields[prefix] = Field(LeafType(resolved), null, values is { Count: > 0 } ? values : null, readOnly, writeOnly);
    }

    /// <summary>Follows a <c>$ref</c>; the referring node's own keys (<c>readOnly</c>, <c>description</c>) win over the target's.</summary>
    private static JsonObject Resolve(JsonObject schemas, JsonObject node)
    {
        if ((string?)node["$ref"] is not { } reference || !reference.StartsWith(SchemaPrefix, StringComparison.Ordinal) ||
            schemas[reference[SchemaPrefix.Length..]] is not JsonObject target)
        {
            return node;
        }

        var merged = Resolve(schemas, target).DeepClone().AsObject();
        foreach (var (key, value) in node)
        {
            if (key != "$ref")
            {
                merged[key] = value?.DeepClone();
            }
        }

        return merged;
    }

    /// <summary>The properties of an object, its <c>allOf</c> parts and its <c>oneOf</c>/<c>anyOf</c> alternatives; later parts override earlier ones.</summary>
    private static List<KeyValuePair<string, JsonNode>> Properties(JsonObject schemas, JsonObject node)
    {
        var merged = new List<KeyValuePair<string, JsonNode>>();
        void Add(JsonObject part)
        {
            var resolved = Resolve(schemas, part);
            var partReadOnly = (bool?)resolved["readOnly"] ?? false;
            if (resolved["properties"] is JsonObject properties)
            {
                foreach (var (name, child) in properties)
                {
                    var value = child!.AsObject();
                    if (partReadOnly && ((bool?)value["readOnly"] ?? false) == false)
                    {
                        value = value.DeepClone().AsObject();
                        value["readOnly"] = true;
                    }

                    merged.RemoveAll(p => p.Key == name);
                    merged.Add(new(name, value));
                }
            }

            foreach (var combinator in new[] { "allOf", "oneOf", "anyOf" })
            {
                if (resolved[combinator] is JsonArray parts)
                {
                    foreach (var inner in parts.OfType<JsonObject>())
                    {
                        Add(partReadOnly && inner["readOnly"] is null ? WithReadOnly(inner) : inner);
                    }
                }
            }
        }

        Add(node);
        return merged;
    }

    private static JsonObject WithReadOnly(JsonObject node)
    {
        var copy = node.DeepClone().AsObject();
        copy["readOnly"] = true;
        return copy;
    }

    /// <summary>A nested object is a reference when it carries <c>key</c> or <c>id</c> and an <c>href</c> example naming an object.</summary>
    private static string? ReferenceTarget(List<KeyValuePair<string, JsonNode>> properties)
    {
        if (!properties.Any(p => p.Key is "key" or "id"))
        {
            return null;
        }

        var href = properties.FirstOrDefault(p => p.Key == "href").Value;
        return (string?)href?["example"] is { } example && HrefPattern().Match(example) is { Success: true } match
            ? match.Groups[1].Value + "/" + match.Groups[2].Value
            : null;
    }

    private static string LeafType(JsonObject node)
    {
        var format = (string?)node["format"];
        return (string?)node["type"] switch
        {
            "integer" => "integer",
            "number" => "number",
            "boolean" => "boolean",
            "string" or null when format == "date" => "date",
            "string" or null when format == "date-time" => "date-time",
            "string" or null when format?.StartsWith("decimal", StringComparison.Ordinal) == true => "decimal",
            "object" => "object",
            _ => "string",
        };
    }

    private static void ApplyRequired(JsonObject schemas, string objectName, Dictionary<string, SpecField> fields)
    {
        if (schemas[objectName.Replace('/', '-') + "RequiredProperties"] is not JsonObject required)
        {
            return;
        }

        MarkRequired(required, string.Empty, fields);
        foreach (var (name, child) in required["properties"]?.AsObject() ?? [])
        {
            if (child is JsonObject nested && (string?)nested["type"] != "array")
            {
                MarkRequired(nested, name + ".", fields);
            }
        }
    }

    private static void ApplyListRequirements(IReadOnlyDictionary<string, JsonObject> documents, SpecObject owner, List<SpecObject> objects)
    {
        var schemas = documents[owner.File["spec/".Length..]]["components"]!["schemas"]!.AsObject();
        if (schemas[owner.Name.Replace('/', '-') + "RequiredProperties"]?["properties"] is not JsonObject properties)
        {
            return;
        }

        foreach (var (name, child) in properties)
        {
            if (owner.Fields.TryGetValue(name, out var list) && list.IsList && child?["items"] is JsonObject items &&
                objects.FirstOrDefault(o => o.Name == list.Ref) is { } line)
            {
                var lineFields = (Dictionary<string, SpecField>)line.Fields;
                MarkRequired(items, string.Empty, lineFields);
                foreach (var (member, nested) in items["properties"]?.AsObject() ?? [])
                {
                    if (nested is JsonObject n)
                    {
                        MarkRequired(n, member + ".", lineFields);
                    }
                }
            }
        }
    }

    private static void MarkRequired(JsonObject node, string prefix, Dictionary<string, SpecField> fields)
    {
        foreach (var name in node["required"]?.AsArray().Select(n => (string)n!) ?? [])
        {
            if (fields.TryGetValue(prefix + name, out var field))
            {
                fields[prefix + name] = field with { Required = true };
            }
        }
    }

    private static SpecField Field(string type, string? reference, IReadOnlyList<string>? values, bool readOnly, bool writeOnly) =>
        new(type, reference, values, readOnly, writeOnly, Required: false);

    private static string ObjectName(string schemaSuffix)
    {
        var dot = schemaSuffix.IndexOf('.', StringComparison.Ordinal);
        return schemaSuffix[..dot] + "/" + schemaSuffix[(dot + 1)..];
    }

    [GeneratedRegex(@"^/objects?/([a-z0-9-]+)/([a-z0-9-]+)/[^/]+$")]
    private static partial Regex HrefPattern();
}
