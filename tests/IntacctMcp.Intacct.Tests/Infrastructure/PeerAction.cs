namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>A scripted answer of the peer.</summary>
internal sealed record PeerAction
{
    public int Status { get; init; } = 200;

    public string? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets whether the connection is dropped without an answer (nothing committed).</summary>
    public bool Abort { get; init; }

    /// <summary>Gets whether the request is processed normally (e.g. the record is created) and then the connection is dropped.</summary>
    public bool CommitThenAbort { get; init; }

    /// <summary>Gets a gate the peer waits for before answering normally.</summary>
    public Task? HoldUntil { get; init; }

    public static PeerAction Json(int status, string body, params (string Name, string Value)[] headers) =>
        new() { Status = status, Body = body, Headers = headers.ToDictionary(h => h.Name, h => h.Value) };
}
