using System.Diagnostics;
using System.Globalization;

namespace IntacctMcp.Benchmarks;

/// <summary>A running <c>intacct-mcp http</c> child process.</summary>
internal sealed class HttpServerProcess(Process process, Uri endpoint, ServerErrorLog errorLog) : IAsyncDisposable
{
    public Uri Endpoint { get; } = endpoint;

    /// <summary>Gets the first errors the server logged (each with the lines after it), to explain a failed call.</summary>
    public IReadOnlyList<string> LoggedErrors => errorLog.Errors;

    /// <summary>Gets the resident set size of the server process in bytes (VmRSS on Linux).</summary>
    public long ResidentBytes()
    {
        var status = $"/proc/{process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                var kb = line["VmRSS:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        process.Refresh();
        return process.WorkingSet64;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // Closing stdin is not a shutdown signal for the HTTP host; end it like a service manager would.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }
}
