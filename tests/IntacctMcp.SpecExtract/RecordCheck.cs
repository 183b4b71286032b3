using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.SpecExtract;

/// <summary>
/// Checks records as a server returns them against the spec extract: every field must be one the object has (paths
/// followed through references), readable, and of the JSON type its spec type is written as.
/// </summary>
/// <param name="catalog">The extract.</param>
public sealed class RecordCheck(SpecCatalog catalog)
{
    /// <summary>Gets the problems found so far.</summary>
    public List<SpecViolation> Violations { get; } = [];

    /// <summary>Gets the served fields checked so far.</summary>
    public int FieldsChecked { get; private set; }

    /// <summary>Gets the distinct object/path pairs seen, with their owning object.</summary>
    public SortedSet<string> DistinctFields { get; } = new(StringComparer.Ordinal);

    /// <summary>Checks one record.</summary>
    /// <param name="objectName">The object.</param>
    /// <param name="record">The record as served.</param>
    public void Check(string objectName, JsonObject record)
    {
        if (!catalog.Objects.ContainsKey(objectName))
        {
            Violations.Add(new SpecViolation("record", objectName, string.Empty, "is not in the spec extract"));
            return;
        }

        Walk(objectName, record, string.Empty);
    }

    private void Walk(string objectName, JsonObject node, string prefix)
    {
        foreach (var (name, value) in node)
        {
            var path = prefix + name;
            var known = catalog.TryResolve(objectName, path, out var field, out var owner);
            if (known && field.IsList)
            {
                Count(owner, path);
                foreach (var line in value?.AsArray().OfType<JsonObject>() ?? [])
                {
                    Check(field.Ref!, line);
                }

                continue;
            }

            if (value is JsonObject nested && (!known || field.IsReference))
            {
                Walk(objectName, nested, path + ".");
                continue;
            }

            Count(owner, path);
            if (!known)
            {
                Violations.Add(new SpecViolation("record", objectName, path, "is served but is not a field of the object"));
            }
            else if (field.WriteOnly)
            {
                Violations.Add(new SpecViolation("record", objectName, path, "is served but the spec marks it write-only"));
            }
            else if (value is not null && !Fits(field.Type, value.GetValueKind()))
            {
                Violations.Add(new SpecViolation("record", objectName, path, $"is served as a JSON {value.GetValueKind()} but the spec types it {field.Type}"));
            }
            else if (field.Enum is { } values && value is JsonValue v && v.GetValueKind() == JsonValueKind.String && !values.Contains(v.GetValue<string>()))
            {
                Violations.Add(new SpecViolation("record", objectName, path, $"is served as '{v.GetValue<string>()}', which is not one of its spec values"));
            }
        }
    }

    private void Count(string owner, string path)
    {
        FieldsChecked++;
        DistinctFields.Add(owner + " " + path);
    }

    private static bool Fits(string type, JsonValueKind kind) => type switch
    {
        "integer" or "number" => kind == JsonValueKind.Number,
        "boolean" => kind is JsonValueKind.True or JsonValueKind.False,
        "array" => kind == JsonValueKind.Array,
        "reference" or "object" => kind == JsonValueKind.Object,
        _ => kind == JsonValueKind.String,
    };
}
