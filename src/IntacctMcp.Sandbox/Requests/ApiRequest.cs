using IntacctMcp.Sandbox.Auth;

namespace IntacctMcp.Sandbox.Requests;

/// <summary>An authenticated API request, as handlers see it.</summary>
internal sealed class ApiRequest
{
    public required SandboxState State { get; init; }

    public required SandboxCompany Company { get; init; }

    public required IssuedToken Token { get; init; }

    public required string Method { get; init; }

    /// <summary>Gets the path after <c>/ia/api/v1</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Gets the entity the request is scoped to (header, else the token's), or null at the top level.</summary>
    public string? EntityId { get; init; }

    public required byte[] Body { get; init; }

    public required IQueryCollection Query { get; init; }

    public required IHeaderDictionary Headers { get; init; }

    public required DateTimeOffset Now { get; init; }

    public DateOnly Today => DateOnly.FromDateTime(Now.ToLocalTime().DateTime);

    public string User => Token.UserId;
}
