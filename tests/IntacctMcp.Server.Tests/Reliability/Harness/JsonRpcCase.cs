namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>One raw HTTP / JSON-RPC bad-input case (from <c>Cases/jsonrpc-cases.json</c>).</summary>
/// <param name="Id">The case id.</param>
/// <param name="Description">What the case sends.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The request path (default <c>/mcp</c>).</param>
/// <param name="Headers">Header overrides; a null value removes a default header.</param>
/// <param name="Body">The body bytes, or <see langword="null"/> for none.</param>
/// <param name="ExpectStatus">Acceptable HTTP statuses.</param>
/// <param name="ExpectCodes">Acceptable JSON-RPC error codes (empty: any, or none needed).</param>
/// <param name="ExpectMessageContains">The error message must contain one of these (empty: no check).</param>
internal sealed record JsonRpcCase(
    string Id,
    string Description,
    string Method,
    string Path,
    IReadOnlyDictionary<string, string?> Headers,
    byte[]? Body,
    IReadOnlyList<int> ExpectStatus,
    IReadOnlyList<int> ExpectCodes,
    IReadOnlyList<string> ExpectMessageContains)
{
    public override string ToString() => $"{Id}: {Description}";
}
