namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>Writes under one fault: what the tool reported against what the sandbox holds.</summary>
/// <param name="Fault">The fault injected.</param>
/// <param name="Attempted">Write calls made.</param>
/// <param name="ReportedCreated">Calls the tool reported as successful.</param>
/// <param name="ReportedFailed">Calls the tool reported as definitely failed (nothing written).</param>
/// <param name="UnknownOutcome">Calls the tool reported as outcome-unknown.</param>
/// <param name="UnknownNamedKey">Outcome-unknown reports that named the idempotency key.</param>
/// <param name="RecordsCreated">Records the sandbox created (its counter) during the scenario.</param>
/// <param name="Duplicates">Records beyond the first for one write (must be 0).</param>
/// <param name="SilentLosses">Writes reported successful with no record behind them (must be 0).</param>
/// <param name="Phantoms">Records behind writes reported as failed (must be 0).</param>
/// <param name="Repeated">Whether the scenario repeats one write (another process, a restart, twins at once) rather than injecting a fault into distinct writes.</param>
internal sealed record WriteTally(
    string Fault,
    int Attempted,
    int ReportedCreated,
    int ReportedFailed,
    int UnknownOutcome,
    int UnknownNamedKey,
    long RecordsCreated,
    int Duplicates,
    int SilentLosses,
    int Phantoms,
    bool Repeated = false);
