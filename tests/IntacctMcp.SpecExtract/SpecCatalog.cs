using System.Text.Json.Nodes;

namespace IntacctMcp.SpecExtract;

/// <summary>
/// The spec extract (<c>sage-spec-fields.json</c>): the fields of every Sage object this project touches, and the
/// rule Sage's query service follows for dotted paths (a path continues through a reference into its object).
/// </summary>
public sealed class SpecCatalog
{
    /// <summary>The file name of the checked-in extract.</summary>
    public const string FileName = "sage-spec-fields.json";

    private SpecCatalog(JsonObject source, IReadOnlyDictionary<string, SpecObject> objects)
    {
        Source = source;
        Objects = objects;
    }

    /// <summary>Gets the extract's provenance: repository, commit, Sage URL, fetch and extraction dates.</summary>
    public JsonObject Source { get; }

    /// <summary>Gets the objects by name.</summary>
    public IReadOnlyDictionary<string, SpecObject> Objects { get; }

    /// <summary>Gets the number of fields over all objects.</summary>
    public int FieldCount => Objects.Values.Sum(o => o.Fields.Count);

    /// <summary>Loads the extract that is copied beside the running assembly.</summary>
    /// <returns>The catalog.</returns>
    public static SpecCatalog LoadDefault() => Load(Path.Combine(AppContext.BaseDirectory, FileName));

    /// <summary>Loads an extract file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalog.</returns>
    public static SpecCatalog Load(string path) => Parse(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    /// <summary>Reads an extract document.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>The catalog.</returns>
    public static SpecCatalog Parse(JsonObject document)
    {
        var objects = new Dictionary<string, SpecObject>(StringComparer.Ordinal);
        foreach (var (name, node) in document["objects"]!.AsObject())
        {
            var o = node!.AsObject();
            var fields = new Dictionary<string, SpecField>(StringComparer.Ordinal);
            foreach (var (path, field) in o["fields"]!.AsObject())
            {
                var f = field!.AsObject();
                fields[path] = new SpecField(
                    (string)f["type"]!,
                    (string?)f["ref"],
                    f["enum"]?.AsArray().Select(v => (string)v!).ToList(),
                    (bool?)f["readOnly"] ?? false,
                    (bool?)f["writeOnly"] ?? false,
                    (bool?)f["required"] ?? false);
            }

            objects[name] = new SpecObject(name, (string)o["file"]!, (string)o["schema"]!, (bool?)o["complete"] ?? true, (string?)o["note"], fields);
        }

        return new SpecCatalog(document["source"]!.AsObject(), objects);
    }

    /// <summary>
    /// Finds the field a dotted path names on an object: the path itself, or the longest prefix that is a reference
    /// followed by the rest of the path on the referenced object (<c>journalEntry.postingDate</c> on a line is the
    /// header's <c>postingDate</c>).
    /// </summary>
    /// <param name="objectName">The object queried.</param>
    /// <param name="path">The dotted path.</param>
    /// <param name="field">The field found.</param>
    /// <param name="owner">The object that holds it.</param>
    /// <returns>Whether the path names a field.</returns>
    public bool TryResolve(string objectName, string path, out SpecField field, out string owner)
    {
        field = null!;
        owner = objectName;
        if (!Objects.TryGetValue(objectName, out var spec))
        {
            return false;
        }

        if (spec.Fields.TryGetValue(path, out var direct))
        {
            field = direct;
            return true;
        }

        for (var dot = path.LastIndexOf('.'); dot > 0; dot = path.LastIndexOf('.', dot - 1))
        {
            if (spec.Fields.TryGetValue(path[..dot], out var prefix) && prefix.IsReference && prefix.Ref is { } target)
            {
                return TryResolve(target, path[(dot + 1)..], out field, out owner);
            }
        }

        return false;
    }
}
