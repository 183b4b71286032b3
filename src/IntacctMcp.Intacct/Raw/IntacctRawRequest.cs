using System.Text.Json.Nodes;

namespace IntacctMcp.Intacct.Raw;

/// <summary>A request to any Sage REST path, relative to the company's API base URL.</summary>
public sealed record IntacctRawRequest
{
    /// <summary>Gets the HTTP method (GET, POST, PATCH, PUT or DELETE).</summary>
    public required HttpMethod Method { get; init; }

    /// <summary>Gets the path relative to the API base, e.g. <c>/objects/accounts-payable/vendor</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the query string parameters (name → value), encoded by the client.</summary>
    public IReadOnlyDictionary<string, string>? Query { get; init; }

    /// <summary>Gets the JSON body, if any.</summary>
    public JsonNode? Body { get; init; }
}
