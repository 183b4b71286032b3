using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>
/// A create tool's result: Sage's reference to the new record, or, for a dry run, the request that would be sent.
/// The properties are listed once; <see cref="AnyOfRequiredAttribute"/> says which are always present in each shape.
/// </summary>
[AnyOfRequired("object,key,idempotencyKey,replayed", "dryRun,method,path,url,headers,body")]
internal sealed record WriteOutput : ToolOutput
{
    /// <summary>Gets the object created.</summary>
    public string Object { get; init; } = string.Empty;

    /// <summary>Gets the new record's key.</summary>
    public string Key { get; init; } = string.Empty;

    /// <summary>Gets the new record's ID, when Sage gives it.</summary>
    public string? Id { get; init; }

    /// <summary>Gets the new record's path, when Sage gives it.</summary>
    public string? Href { get; init; }

    /// <summary>Gets the <c>Idempotency-Key</c> sent (or, for a dry run, that the real call would send).</summary>
    public string IdempotencyKey { get; init; } = string.Empty;

    /// <summary>Gets whether Sage answered from its idempotency cache (the same request was sent before).</summary>
    public bool Replayed { get; init; }

    /// <summary>Gets when the first, replayed request was posted; only when replayed.</summary>
    public DateTimeOffset PostedAt { get; init; }

    /// <summary>Gets <see langword="true"/> for a dry run.</summary>
    public bool DryRun { get; init; }

    /// <summary>Gets the HTTP method that would be sent.</summary>
    public string Method { get; init; } = string.Empty;

    /// <summary>Gets the path under the API base.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>Gets the full URL.</summary>
    public string Url { get; init; } = string.Empty;

    /// <summary>Gets the headers (never Authorization).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets the body that would be sent.</summary>
    public JsonNode? Body { get; init; }
}
