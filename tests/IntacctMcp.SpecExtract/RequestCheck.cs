using System.Text.Json.Nodes;

namespace IntacctMcp.SpecExtract;

/// <summary>
/// Checks what a client sends Sage against the spec extract: every field a query names in <c>fields</c>,
/// <c>filters</c> and <c>orderBy</c> (dotted paths followed through references, aggregates unwrapped), and every
/// field a create or update body writes (which must exist and not be read-only).
/// </summary>
/// <param name="catalog">The extract.</param>
public sealed class RequestCheck(SpecCatalog catalog)
{
    private const string ApiPrefix = "/ia/api/v1";

    /// <summary>Gets the problems found so far.</summary>
    public List<SpecViolation> Violations { get; } = [];

    /// <summary>Gets the field names checked so far.</summary>
    public int FieldsChecked { get; private set; }

    /// <summary>Gets the objects named by checked requests.</summary>
    public SortedSet<string> Objects { get; } = new(StringComparer.Ordinal);

    /// <summary>Checks one request.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path, with or without the <c>/ia/api/v1</c> prefix.</param>
    /// <param name="body">The JSON body, if any.</param>
    public void Check(string method, string path, JsonNode? body)
    {
        path = path.StartsWith(ApiPrefix, StringComparison.Ordinal) ? path[ApiPrefix.Length..] : path;
        var where = method + " " + path;
        if (method == "POST" && path == "/services/core/query")
        {
            foreach (var query in body is JsonArray many ? many.OfType<JsonObject>() : body is JsonObject one ? [one] : [])
            {
                CheckQuery(where, query);
            }
        }
        else if (method is "POST" or "PATCH" && path.StartsWith("/objects/", StringComparison.Ordinal) && body is not null)
        {
            var segments = path["/objects/".Length..].Split('/');
            var objectName = Uri.UnescapeDataString(segments[0] + "/" + segments[1]);
            foreach (var record in body is JsonArray items ? items.OfType<JsonObject>() : body is JsonObject single ? [single] : [])
            {
                CheckWrite(where, objectName, record, string.Empty);
            }
        }
    }

    private void CheckQuery(string where, JsonObject query)
    {
        var objectName = (string?)query["object"] ?? string.Empty;
        Known(where, objectName);
        foreach (var field in query["fields"]?.AsArray().Select(f => (string?)f) ?? [])
        {
            var colon = field?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            Readable(where, objectName, colon > 0 ? field![(colon + 1)..] : field ?? string.Empty);
        }

        foreach (var filter in query["filters"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            foreach (var (_, operands) in filter)
            {
                foreach (var (field, _) in operands as JsonObject ?? [])
                {
                    Readable(where, objectName, field);
                }
            }
        }

        foreach (var order in query["orderBy"]?.AsArray().OfType<JsonObject>() ?? [])
        {
            foreach (var (field, _) in order)
            {
                Readable(where, objectName, field);
            }
        }
    }

    private void CheckWrite(string where, string objectName, JsonObject record, string prefix)
    {
        Known(where, objectName);
        foreach (var (name, value) in record)
        {
            var path = prefix + name;
            if (catalog.TryResolve(objectName, path, out var field, out _) && field.IsList && value is JsonArray lines)
            {
                FieldsChecked++;
                foreach (var line in lines.OfType<JsonObject>())
                {
                    CheckWrite(where, field.Ref!, line, string.Empty);
                }

                continue;
            }

            if (value is JsonObject nested)
            {
                CheckWrite(where, objectName, nested, path + ".");
                continue;
            }

            FieldsChecked++;
            if (!catalog.TryResolve(objectName, path, out field, out _))
            {
                Violations.Add(new SpecViolation(where, objectName, path, "is not a field of the object"));
            }
            else if (field.ReadOnly)
            {
                Violations.Add(new SpecViolation(where, objectName, path, "is read-only"));
            }
        }
    }

    private void Readable(string where, string objectName, string path)
    {
        FieldsChecked++;
        if (!catalog.TryResolve(objectName, path, out var field, out _))
        {
            Violations.Add(new SpecViolation(where, objectName, path, "is not a field of the object"));
        }
        else if (field.WriteOnly)
        {
            Violations.Add(new SpecViolation(where, objectName, path, "is write-only and cannot be read"));
        }
    }

    private void Known(string where, string objectName)
    {
        Objects.Add(objectName);
        if (!catalog.Objects.ContainsKey(objectName))
        {
            Violations.Add(new SpecViolation(where, objectName, string.Empty, "is not in the spec extract; add it (--add) and refresh"));
        }
    }
}
