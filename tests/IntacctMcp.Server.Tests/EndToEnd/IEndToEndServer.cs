using IntacctMcp.Sandbox;
using ModelContextProtocol.Client;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>A running intacct-mcp server (writes allowed) whose one company is an in-process sandbox, and an MCP client connected to it.</summary>
public interface IEndToEndServer
{
    /// <summary>Gets the sandbox the server's company points at.</summary>
    SandboxServer Sandbox { get; }

    /// <summary>Gets the connected client.</summary>
    McpClient Client { get; }
}
