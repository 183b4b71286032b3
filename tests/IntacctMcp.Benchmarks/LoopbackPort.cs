using System.Net;
using System.Net.Sockets;

namespace IntacctMcp.Benchmarks;

/// <summary>A free port on 127.0.0.1, for the servers the benchmarks and the server tests start.</summary>
public static class LoopbackPort
{
    /// <summary>Asks the system for a port nobody listens on now (another process may still take it before it is used).</summary>
    /// <returns>The port.</returns>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
