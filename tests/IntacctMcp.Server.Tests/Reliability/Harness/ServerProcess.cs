using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using IntacctMcp.Benchmarks;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// The real <c>intacct-mcp</c> executable as a child process (<c>dotnet intacct-mcp.dll http|stdio</c>). Its stderr
/// (the log) is kept for the secret scan and for failure messages.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _home;
    private readonly ConcurrentQueue<string> _stderr = new();

    private ServerProcess(Process process, string home, string label, Uri? endpoint)
    {
        _process = process;
        _home = home;
        Label = label;
        Endpoint = endpoint;
    }

    public static string ServerDll { get; } = Path.Combine(AppContext.BaseDirectory, "intacct-mcp.dll");

    public string Label { get; }

    /// <summary>Gets the MCP endpoint (<c>http://127.0.0.1:PORT/mcp</c>) of an HTTP server; null for stdio.</summary>
    public Uri? Endpoint { get; }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public long ResidentBytes() => ProcessMemory.ResidentBytes(_process);

    public IReadOnlyList<string> StderrLines => [.. _stderr];

    /// <summary>The last log lines, for assertion messages.</summary>
    public string Tail(int lines = 30) => string.Join('\n', _stderr.TakeLast(lines));

    /// <summary>Starts <c>intacct-mcp http</c> on a free loopback port and waits until <c>/healthz</c> answers.</summary>
    public static async Task<ServerProcess> StartHttpAsync(string label, ServerSettings settings, CancellationToken cancellationToken)
    {
        var port = LoopbackPort.Free();
        var server = Start(label, settings, ["http", "--urls", $"http://127.0.0.1:{port}", .. settings.Arguments], new Uri($"http://127.0.0.1:{port}/mcp"));
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var ready = await Eventually.WaitUntilAsync(async ct => server.HasExited || await IsHealthyAsync(probe, port, ct), TimeSpan.FromSeconds(60), cancellationToken);
        if (!ready || server.HasExited)
        {
            var exited = server.HasExited;
            await server.DisposeAsync();
            throw new InvalidOperationException($"intacct-mcp http did not become healthy (exited: {exited}). Log tail:\n{server.Tail()}");
        }

        return server;
    }

    /// <summary>Starts <c>intacct-mcp stdio</c> and connects the SDK client over its stdin/stdout.</summary>
    public static async Task<(ServerProcess Server, McpClient Client)> StartStdioAsync(string label, ServerSettings settings, CancellationToken cancellationToken)
    {
        var server = Start(label, settings, ["stdio", .. settings.Arguments], endpoint: null);
        try
        {
            var transport = new StreamClientTransport(server._process.StandardInput.BaseStream, server._process.StandardOutput.BaseStream);
            var client = await McpClient.CreateAsync(transport, McpConnections.ClientOptions(), cancellationToken: cancellationToken);
            return (server, client);
        }
        catch
        {
            var tail = server.Tail();
            await server.DisposeAsync();
            throw new InvalidOperationException($"Could not connect to intacct-mcp stdio. Log tail:\n{tail}");
        }
    }

    /// <summary>Kills the process at once (SIGKILL on Unix): no shutdown, no flushing, like a crash or an OOM kill.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            if (Endpoint is null)
            {
                // A stdio server ends when its stdin closes: the way a desktop client stops it.
                _process.StandardInput.Close();
                using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
                try
                {
                    await _process.WaitForExitAsync(grace.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            else
            {
                // The HTTP host has no stdin protocol; end it like a service manager would.
                _process.Kill(entireProcessTree: true);
            }

            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_home, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying child: the temp folder is cleaned by the OS.
        }
    }

    private static ServerProcess Start(string label, ServerSettings settings, IReadOnlyList<string> arguments, Uri? endpoint)
    {
        var home = Directory.CreateTempSubdirectory("intacct-mcp-reliability-").FullName;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ServerDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings.Environment(home))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start intacct-mcp.");
        var server = new ServerProcess(process, home, label, endpoint);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                server._stderr.Enqueue(line);
                SecretLedger.Observe($"{label} stderr", line);
            }
        };
        process.BeginErrorReadLine();
        if (endpoint is not null)
        {
            // The HTTP host writes nothing to stdout that matters; drain it so it never blocks.
            process.OutputDataReceived += (_, _) => { };
            process.BeginOutputReadLine();
        }

        return server;
    }

    private static async Task<bool> IsHealthyAsync(HttpClient probe, int port, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), cancellationToken);
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The probe's own 2 s timeout: not listening yet.
            return false;
        }
    }
}
