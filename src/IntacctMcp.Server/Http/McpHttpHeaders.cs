namespace IntacctMcp.Server.Http;

/// <summary>The MCP HTTP header names (internal in the SDK, so spelled out here).</summary>
internal static class McpHttpHeaders
{
    public const string SessionId = "Mcp-Session-Id";
    public const string ProtocolVersion = "MCP-Protocol-Version";
    public const string Method = "Mcp-Method";
    public const string Name = "Mcp-Name";
    public const string LastEventId = "Last-Event-ID";
}
