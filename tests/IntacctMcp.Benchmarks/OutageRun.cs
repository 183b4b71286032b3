namespace IntacctMcp.Benchmarks;

/// <summary>A run with Redis that is killed after <see cref="Before"/> for the length of <see cref="During"/>, then started again (empty).</summary>
/// <param name="Calls">Tool calls in the whole run.</param>
/// <param name="FailedCalls">Tool calls that failed (the target is 0).</param>
/// <param name="TokenRequests">Token requests the sandbox saw.</param>
/// <param name="TooManyRequests">429s the sandbox answered.</param>
/// <param name="Before">Sage requests while Redis was up.</param>
/// <param name="During">Sage requests while Redis was down (each replica on its local share of the budget).</param>
/// <param name="After">Sage requests once Redis was back.</param>
internal sealed record OutageRun(long Calls, int FailedCalls, long TokenRequests, long TooManyRequests, PhaseRate Before, PhaseRate During, PhaseRate After);
