using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Reports;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary>Maps a method and path (after <c>/ia/api/v1</c>) to its handler.</summary>
internal static class ApiRouter
{
    private const string ObjectsPrefix = "/objects/";

    public static ApiRoute Match(string method, string path)
    {
        if (path.StartsWith(ObjectsPrefix, StringComparison.Ordinal))
        {
            return MatchObject(method, path);
        }

        var trimmed = path.TrimEnd('/');
        return (method, trimmed) switch
        {
            ("POST", "/services/core/query") => new("POST /services/core/query", QueryHandler.Handle, false),
            ("GET", "/services/core/model") => new("GET /services/core/model", ModelHandler.Handle, false),
            ("POST", "/services/reports/general-ledger/trial-balance") =>
                new("POST /services/reports/general-ledger/trial-balance", ReportHandler.Start, false, IgnoresEntity: true),
            ("GET", "/services/reports/status") => new("GET /services/reports/status", ReportHandler.Status, false, IgnoresEntity: true),
            ("GET", "/services/reports/download") => new("GET /services/reports/download", ReportHandler.Download, false, IgnoresEntity: true),
            (_, "/services/core/query" or "/services/core/model" or "/services/reports/general-ledger/trial-balance" or "/services/reports/status"
                or "/services/reports/download") =>
                new($"{method} {trimmed}", _ => new SageError(405, "methodNotAllowed", $"Method {method} is not allowed on {trimmed}.", "REST-1405").ToResponse(), false),
            _ => new($"{method} (unknown)", _ => SageError.NotFound($"The path '{path}' does not exist.").ToResponse(), false),
        };
    }

    private static ApiRoute MatchObject(string method, string path)
    {
        var parts = path[ObjectsPrefix.Length..].Split('/', 3);
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return new($"{method} (unknown)", _ => SageError.NotFound($"The path '{path}' does not exist.").ToResponse(), false);
        }

        var objectName = parts[0] + "/" + Uri.UnescapeDataString(parts[1]);
        var keys = parts.Length == 3 && parts[2].Length > 0 ? Uri.UnescapeDataString(parts[2]) : null;
        var key = $"{method} /objects/{objectName}{(keys is null ? string.Empty : "/{key}")}";
        if (!SandboxObjects.All.TryGetValue(objectName, out var def))
        {
            return new(key, _ => SageError.NotFound($"The object '{objectName}' does not exist or is not available to this company.").ToResponse(), false);
        }

        var isWrite = method is "POST" or "PATCH" or "DELETE";
        return (method, keys) switch
        {
            ("GET", null) => new(key, r => ObjectHandler.List(r, def), false),
            ("GET", _) => new(key, r => ObjectHandler.Get(r, def, keys), false),
            ("POST", null) when def.Allows("POST") => new(key, r => ObjectHandler.Create(r, def), true),
            ("PATCH", _) when def.Allows("PATCH") => new(key, r => ObjectHandler.Update(r, def, keys), true),
            ("DELETE", not null) when def.Allows("DELETE") => new(key, r => ObjectHandler.Delete(r, def, keys), true),
            _ => new(key, _ => SageError.MethodNotAllowed(method, objectName).ToResponse(), isWrite),
        };
    }
}
