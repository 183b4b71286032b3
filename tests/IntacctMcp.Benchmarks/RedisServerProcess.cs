using System.Diagnostics;
using StackExchange.Redis;

namespace IntacctMcp.Benchmarks;

/// <summary>
/// A real <c>redis-server</c> (Debian's package) on a free loopback port, with no config file, no persistence and
/// protected mode on; tests and the replicas benchmark share it. It can be stopped and started again on the same port
/// (an outage), and disposing it always kills it.
/// </summary>
public sealed class RedisServerProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(10);

    private readonly string _executable;
    private readonly Lock _gate = new();
    private Process? _process;

    private RedisServerProcess(string executable, int port)
    {
        _executable = executable;
        Port = port;
        Endpoint = $"127.0.0.1:{port}";
    }

    /// <summary>Gets the loopback port the server listens on (the same after <see cref="StartAgainAsync"/>).</summary>
    public int Port { get; }

    /// <summary>Gets the endpoint as <c>--redis</c> and StackExchange.Redis take it: <c>127.0.0.1:PORT</c>.</summary>
    public string Endpoint { get; }

    /// <summary>Gets whether the server process is running.</summary>
    public bool IsRunning
    {
        get
        {
            lock (_gate)
            {
                return _process is { HasExited: false };
            }
        }
    }

    /// <summary>Starts <c>redis-server</c> on a free loopback port and returns once it answers PING.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The running server.</returns>
    /// <exception cref="InvalidOperationException"><c>redis-server</c> is not on PATH, or it exited before it answered.</exception>
    /// <exception cref="TimeoutException">It did not answer PING within 15 s.</exception>
    public static async Task<RedisServerProcess> StartAsync(CancellationToken cancellationToken)
    {
        var executable = FindOnPath("redis-server") ?? throw new InvalidOperationException(
            "redis-server is not installed (not found on PATH); the Redis tests and the replicas benchmark start a real one. "
            + "Install it with 'apt-get install -y redis-server' (.ci/run does this itself).");

        // A port found free can be taken before redis-server binds it: try a few.
        for (var attempt = 1; ; attempt++)
        {
            var redis = new RedisServerProcess(executable, LoopbackPort.Free());
            try
            {
                await redis.StartAgainAsync(cancellationToken);
                return redis;
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                await redis.DisposeAsync();
            }
            catch
            {
                await redis.DisposeAsync();
                throw;
            }
        }
    }

    /// <summary>Kills the server (an outage): clients see connections refused until <see cref="StartAgainAsync"/>.</summary>
    /// <returns>Completes once the process has exited.</returns>
    public async Task StopAsync()
    {
        Process? process;
        lock (_gate)
        {
            process = _process;
            _process = null;
        }

        if (process is null)
        {
            return;
        }

        await KillAsync(process);
    }

    /// <summary>Starts the server again on the same port, empty (nothing is persisted), and waits until it answers PING.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>Completes once the server answers.</returns>
    public async Task StartAgainAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(_executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--bind", "127.0.0.1", "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--save", string.Empty, "--appendonly", "no", "--protected-mode", "yes",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {_executable}.");
        process.OutputDataReceived += (_, e) => Keep(output, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        lock (_gate)
        {
            _process = process;
        }

        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                throw new InvalidOperationException(
                    $"redis-server exited with code {process.ExitCode} before it answered on {Endpoint}: {string.Join(" | ", output)}");
            }

            if (await AnswersPingAsync())
            {
                return;
            }

            await Task.Delay(50, cancellationToken);
        }

        await StopAsync();
        throw new TimeoutException($"redis-server did not answer PING on {Endpoint} within {StartTimeout.TotalSeconds:0} s.");
    }

    /// <summary>Kills the server if it runs.</summary>
    /// <returns>Completes once the process has exited.</returns>
    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task<bool> AnswersPingAsync()
    {
        var options = new ConfigurationOptions
        {
            EndPoints = { Endpoint },
            AbortOnConnectFail = true,
            ConnectTimeout = 1000,
            ConnectRetry = 0,
            AsyncTimeout = 1000,
        };
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(options);
            await connection.GetDatabase().PingAsync();
            return true;
        }
        catch (RedisException)
        {
            // Not listening yet (RedisConnectionException and timeouts both derive from RedisException).
            return false;
        }
    }

    private static async Task KillAsync(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            using var wait = new CancellationTokenSource(StopTimeout);
            await process.WaitForExitAsync(wait.Token);
        }
        catch (InvalidOperationException)
        {
            // It exited on its own between the check and the kill.
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"redis-server (process {process.Id}) did not exit within {StopTimeout.TotalSeconds:0} s of being killed.");
        }
        finally
        {
            process.Dispose();
        }
    }

    private static void Keep(System.Collections.Concurrent.ConcurrentQueue<string> lines, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue(line);
        while (lines.Count > 20 && lines.TryDequeue(out _))
        {
            // Only the last lines explain a failed start.
        }
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
