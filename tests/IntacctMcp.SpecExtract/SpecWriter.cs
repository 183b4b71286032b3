using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.SpecExtract;

/// <summary>Writes an extract document: <c>source</c> (provenance) and <c>objects</c> (fields by dotted path).</summary>
public static class SpecWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds the document.</summary>
    /// <param name="source">The provenance block.</param>
    /// <param name="objects">The objects.</param>
    /// <returns>The document.</returns>
    public static JsonObject ToJson(JsonObject source, IEnumerable<SpecObject> objects)
    {
        var all = new JsonObject();
        foreach (var o in objects)
        {
            var fields = new JsonObject();
            foreach (var (path, f) in o.Fields)
            {
                var field = new JsonObject { ["type"] = f.Type };
                if (f.Ref is not null)
                {
                    field["ref"] = f.Ref;
                }

                if (f.Enum is not null)
                {
                    field["enum"] = new JsonArray([.. f.Enum.Select(v => (JsonNode?)v)]);
                }

                if (f.ReadOnly)
                {
                    field["readOnly"] = true;
                }

                if (f.WriteOnly)
                {
                    field["writeOnly"] = true;
                }

                if (f.Required)
                {
                    field["required"] = true;
                }

                fields[path] = field;
            }

            var entry = new JsonObject { ["file"] = o.File, ["schema"] = o.Schema, ["complete"] = o.Complete };
            if (o.Note is not null)
            {
                entry["note"] = o.Note;
            }

            entry["fields"] = fields;
            all[o.Name] = entry;
        }

        return new JsonObject { ["source"] = source.DeepClone(), ["objects"] = all };
    }

    /// <summary>Writes the document to a file, indented, with a final newline.</summary>
    /// <param name="path">The file.</param>
    /// <param name="document">The document.</param>
    public static void Write(string path, JsonObject document) =>
        File.WriteAllText(path, document.ToJsonString(Indented) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
