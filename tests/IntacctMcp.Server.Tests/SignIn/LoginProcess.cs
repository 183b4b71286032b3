using System.Diagnostics;
using System.Text;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>A running <c>intacct-mcp login</c> (or logout) process: the test reads the printed URL from its output instead of a browser.</summary>
internal sealed class LoginProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly StringBuilder _error = new();
    private readonly TaskCompletionSource<string> _url = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private LoginProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _url.TrySetException(new InvalidOperationException("login ended without printing a sign-in URL: " + Error));
                return;
            }

            lock (_output)
            {
                _output.AppendLine(e.Data);
            }

            if (e.Data.Trim() is var line && line.StartsWith("http", StringComparison.Ordinal) && line.Contains("/oauth2/authorize?", StringComparison.Ordinal))
            {
                _url.TrySetResult(line);
            }
        };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (_error)
                {
                    _error.AppendLine(e.Data);
                }
            }
        };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public string Error
    {
        get
        {
            lock (_error)
            {
                return _error.ToString();
            }
        }
    }

    public static LoginProcess Start(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?> environment, bool keepInputOpen = false)
    {
        var process = Process.Start(ServerProcess.StartInfo(arguments, environment)) ?? throw new InvalidOperationException("Could not start intacct-mcp.");
        if (!keepInputOpen)
        {
            process.StandardInput.Close();
        }

        return new LoginProcess(process);
    }

    /// <summary>Types a line into the process (the pasted callback address).</summary>
    public async Task TypeAsync(string line)
    {
        await _process.StandardInput.WriteLineAsync(line);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits for the printed sign-in URL.</summary>
    public Task<string> UrlAsync() => _url.Task.WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);

    /// <summary>Waits for the process to end and returns its exit code.</summary>
    public async Task<int> ExitAsync()
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await _process.WaitForExitAsync(timeout.Token);

        // WaitForExitAsync also waits for the redirected streams to reach their end.
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }
}
