using System.Diagnostics;
using System.Globalization;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Reads a process's resident set size (VmRSS on Linux; the working set elsewhere).</summary>
internal static class ProcessMemory
{
    public static long ResidentBytes(Process process)
    {
        var status = $"/proc/{process.Id}/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            if (line is not null)
            {
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
        }

        process.Refresh();
        return process.WorkingSet64;
    }

    public static long Megabytes(long bytes) => bytes / (1024 * 1024);
}
