using System.Diagnostics;
using System.Net;
using IntacctMcp.Benchmarks;
using IntacctMcp.Server.Tests.TestSupport;

namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>The built <c>intacct-mcp</c> executable serving Streamable HTTP on the sandbox, on a free loopback port.</summary>
internal sealed class ConformanceServer : IAsyncDisposable
{
    private readonly Process _process;

    private ConformanceServer(Process process, Uri endpoint)
    {
        _process = process;
        Endpoint = endpoint;
    }

    /// <summary>Gets the MCP endpoint.</summary>
    public Uri Endpoint { get; }

    /// <summary>Starts the server and waits until <c>/healthz</c> answers.</summary>
    /// <param name="stateful">Whether to pass <c>--stateful</c>.</param>
    public static async Task<ConformanceServer> StartAsync(bool stateful)
    {
        var port = LoopbackPort.Free();
        List<string> arguments = ["http", "--sandbox", "--urls", $"http://127.0.0.1:{port}"];
        if (stateful)
        {
            arguments.Add("--stateful");
        }

        var process = Process.Start(ServerProcess.StartInfo(arguments))!;
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var server = new ConformanceServer(process, new Uri($"http://127.0.0.1:{port}/mcp"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), Xunit.TestContext.Current.CancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            if (process.HasExited)
            {
                break;
            }

            await Task.Delay(250, Xunit.TestContext.Current.CancellationToken);
        }

        await server.DisposeAsync();
        throw new InvalidOperationException("intacct-mcp http --sandbox did not become healthy within 30 seconds.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(CancellationToken.None);
        }

        _process.Dispose();
    }
}
