using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Query;

/// <summary>Validates a query body (reference §3.1) and compiles it into a <see cref="QueryPlan"/>, or answers the error Sage would.</summary>
internal static partial class QueryParser
{
    public const int MaxSize = 4000;
    public const int DefaultSize = 100;

    private static readonly HashSet<string> TopLevelKeys =
        new(["object", "fields", "filters", "filterExpression", "filterParameters", "orderBy", "start", "size"], StringComparer.Ordinal);

    private static readonly HashSet<string> ParameterKeys =
        new(["asOfDate", "includeHierarchyFields", "caseSensitiveComparison", "includePrivate"], StringComparer.Ordinal);

    public static SageError? TryParse(JsonNode? body, DateOnly today, out QueryPlan? plan)
    {
        plan = null;
        if (body is not JsonObject query)
        {
            return SageError.Invalid("The query body must be a JSON object.", null);
        }

        foreach (var (name, _) in query)
        {
            if (!TopLevelKeys.Contains(name))
            {
                return SageError.Invalid(
                    ParameterKeys.Contains(name)
                        ? $"'{name}' is only valid inside filterParameters."
                        : $"'{name}' is not a valid query property.", name);
            }
        }

        if (query["object"] is not JsonValue objectValue || !objectValue.TryGetValue<string>(out var objectName) || objectName.Length == 0)
        {
            return SageError.Invalid("The query must name an object, e.g. \"accounts-payable/bill\".", "object");
        }

        if (!SandboxObjects.All.TryGetValue(objectName, out var def))
        {
            return new SageError(404, "notFound", $"The object '{objectName}' is not a valid object or is not available to this company.", "REST-1002",
                [new SageErrorDetail("notFound", $"Unknown object '{objectName}'.", "REST-1002", "object")]);
        }

        var error = ParseParameters(query["filterParameters"], today, out var ignoreCase, out var asOf);
        if (error is not null)
        {
            return error;
        }

        error = ParseFields(def, query["fields"], out var columns);
        if (error is not null)
        {
            return error;
        }

        var aggregated = columns!.Any(c => c.Aggregate != AggregateKind.None);
        error = ParseFilters(def, query["filters"], query["filterExpression"], asOf, ignoreCase, out var filter);
        if (error is not null)
        {
            return error;
        }

        error = ParseOrderBy(def, query["orderBy"], columns!, aggregated, out var orderBy);
        if (error is not null)
        {
            return error;
        }

        error = ParsePaging(query, out var start, out var size);
        if (error is not null)
        {
            return error;
        }

        plan = new QueryPlan
        {
            Object = def,
            Columns = columns!,
            Filter = filter,
            OrderBy = orderBy!,
            Start = start,
            Size = size,
            Aggregated = aggregated,
        };
        return null;
    }

    private static SageError? ParseParameters(JsonNode? node, DateOnly today, out bool ignoreCase, out DateOnly asOf)
    {
        ignoreCase = false;
        asOf = today;
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject parameters)
        {
            return SageError.Invalid("filterParameters must be an object.", "filterParameters");
        }

        foreach (var (name, value) in parameters)
        {
            var target = "filterParameters." + name;
            switch (name)
            {
                case "asOfDate":
                    if (value is not JsonValue v || !v.TryGetValue<string>(out var text) || !TryParseDate(text, out asOf))
                    {
                        return SageError.Invalid("asOfDate must be a date in the form yyyy-mm-dd.", target);
                    }

                    break;
                case "caseSensitiveComparison":
                    if (value is not JsonValue b || !b.TryGetValue<bool>(out var caseSensitive))
                    {
                        return SageError.Invalid("caseSensitiveComparison must be true or false.", target);
                    }

                    ignoreCase = !caseSensitive;
                    break;
                case "includeHierarchyFields" or "includePrivate":
                    if (value is not JsonValue flag || !flag.TryGetValue<bool>(out _))
                    {
                        return SageError.Invalid($"{name} must be true or false.", target);
                    }

                    break;
                default:
                    return SageError.Invalid($"'{name}' is not a valid filter parameter.", target);
            }
        }

        return null;
    }

    private static SageError? ParseFields(ObjectDef def, JsonNode? node, out List<QueryColumn>? columns)
    {
        columns = null;
        if (node is not JsonArray fields || fields.Count == 0)
        {
            return SageError.Invalid("The query must list at least one field; the * wildcard is not allowed.", "fields");
        }

        columns = [];
        foreach (var item in fields)
        {
            if (item is not JsonValue value || !value.TryGetValue<string>(out var name) || name.Length == 0)
            {
                return SageError.Invalid("Each field must be a non-empty string.", "fields");
            }

            var aggregate = AggregateKind.None;
            var pathText = name;
            var colon = name.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && !name.StartsWith("nsp::", StringComparison.Ordinal))
            {
                aggregate = name[..colon] switch
                {
                    "count" => AggregateKind.Count,
                    "sum" => AggregateKind.Sum,
                    "avg" => AggregateKind.Avg,
                    "min" => AggregateKind.Min,
                    "max" => AggregateKind.Max,
                    _ => AggregateKind.None,
                };
                if (aggregate == AggregateKind.None)
                {
                    return SageError.Invalid($"'{name[..colon]}' is not an aggregate function; use count, sum, avg, min or max.", name);
                }

                pathText = name[(colon + 1)..];
            }

            if (name == "*")
            {
                return SageError.Invalid("The * wildcard is not allowed; list the fields.", name);
            }

            var path = FieldPath.TryCompile(def, pathText);
            if (path is null)
            {
                return UnknownField(def, pathText);
            }

            if (aggregate is AggregateKind.Sum or AggregateKind.Avg && path.Kind is not (FieldKind.Decimal or FieldKind.Integer or FieldKind.Number))
            {
                return SageError.Invalid($"{name[..colon]} needs a numeric field; '{pathText}' is not numeric.", name);
            }

            columns.Add(new QueryColumn(name, path, aggregate));
        }

        return null;
    }

    private static SageError? ParseOrderBy(ObjectDef def, JsonNode? node, List<QueryColumn> columns, bool aggregated, out List<SortKey>? orderBy)
    {
        orderBy = [];
        if (node is null)
        {
            return null;
        }

        if (node is not JsonArray items)
        {
            return SageError.Invalid("orderBy must be an array of { \"field\": \"asc\" | \"desc\" }.", "orderBy");
        }

        foreach (var item in items)
        {
            if (item is not JsonObject entry || entry.Count != 1)
            {
                return SageError.Invalid("Each orderBy entry must be { \"field\": \"asc\" | \"desc\" }.", "orderBy");
            }

            var (field, directionNode) = entry.First();
            var direction = directionNode is JsonValue d && d.TryGetValue<string>(out var text) ? text : null;
            if (direction is not ("asc" or "desc"))
            {
                return SageError.Invalid($"The sort direction of '{field}' must be asc or desc.", field);
            }

            var descending = direction == "desc";
            var column = columns.FindIndex(c => string.Equals(c.Name, field, StringComparison.Ordinal));
            if (aggregated)
            {
                if (column < 0)
                {
                    return SageError.Invalid($"'{field}' must be one of the requested fields to sort an aggregate query.", field);
                }

                orderBy.Add(new SortKey(null, column, descending));
                continue;
            }

            var path = FieldPath.TryCompile(def, field);
            if (path is null)
            {
                return UnknownField(def, field);
            }

            orderBy.Add(new SortKey(path.Kind == FieldKind.Reference ? FieldPath.TryCompile(def, field + ".key") : path, -1, descending));
        }

        return null;
    }

    private static SageError? ParsePaging(JsonObject query, out int start, out int size)
    {
        start = 1;
        size = DefaultSize;
        if (query["start"] is { } startNode && (startNode is not JsonValue s || !s.TryGetValue(out start) || start < 1))
        {
            return SageError.Invalid("start must be a whole number of at least 1.", "start");
        }

        if (query["size"] is { } sizeNode && (sizeNode is not JsonValue z || !z.TryGetValue(out size) || size < 1 || size > MaxSize))
        {
            return SageError.Invalid($"size must be a whole number from 1 to {MaxSize}.", "size");
        }

        return null;
    }

    /// <summary>Sage's answer to a field the object does not have (its spec's error example: REST-1043, "… is not a valid field").</summary>
    private static SageError UnknownField(ObjectDef def, string field) =>
        SageError.Invalid($"'{field}' is not a valid field of {def.Name}.", field, "REST-1043");

    internal static bool TryParseDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date);
}
