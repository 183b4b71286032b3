namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>A request the peer received.</summary>
internal sealed record RecordedRequest(
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    string Body,
    string? ContentType)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? Bearer => Header("Authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;
}
