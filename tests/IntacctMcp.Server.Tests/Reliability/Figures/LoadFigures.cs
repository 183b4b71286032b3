namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>One load run against the real executable.</summary>
/// <param name="Transport">"http" or "stdio".</param>
/// <param name="Clients">Concurrent clients.</param>
/// <param name="Seconds">Wall time of the measured rounds.</param>
/// <param name="Calls">Tool calls made.</param>
/// <param name="Errors">Calls that failed or returned isError (must be 0).</param>
/// <param name="P50Milliseconds">Median call latency.</param>
/// <param name="P99Milliseconds">99th percentile call latency.</param>
/// <param name="ResidentMegabytesBefore">Server VmRSS after warm-up.</param>
/// <param name="ResidentMegabytesAfterFirst">Server VmRSS after the first round.</param>
/// <param name="ResidentMegabytesAfterLast">Server VmRSS after the last round.</param>
internal sealed record LoadFigures(
    string Transport,
    int Clients,
    double Seconds,
    int Calls,
    int Errors,
    double P50Milliseconds,
    double P99Milliseconds,
    long ResidentMegabytesBefore,
    long ResidentMegabytesAfterFirst,
    long ResidentMegabytesAfterLast);
