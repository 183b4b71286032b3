namespace IntacctMcp.Sandbox.Faults;

/// <summary>The faults armed for one company; each counted fault is consumed by exactly one request, thread-safely.</summary>
internal sealed class FaultState
{
    private Armed? _armed;

    public void Set(SandboxFaults faults) => Volatile.Write(ref _armed, new Armed(faults));

    public void Clear() => Volatile.Write(ref _armed, null);

    public SandboxFaults? Current => Volatile.Read(ref _armed)?.Faults;

    public FaultDecision Evaluate(string path, bool isWrite)
    {
        var armed = Volatile.Read(ref _armed);
        if (armed is null || (armed.Faults.PathPrefix is { } prefix && !path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
        {
            return FaultDecision.None;
        }

        var faults = armed.Faults;
        if (TryTake(ref armed.ServerErrors))
        {
            return new(faults.AddedLatency, FaultAction.ServerError, faults.ServerErrorStatus, 0, false);
        }

        if (TryTake(ref armed.RateLimitStorm))
        {
            return new(faults.AddedLatency, FaultAction.RateLimitStorm, 429, faults.RetryAfterSeconds, false);
        }

        if (isWrite && TryTake(ref armed.HoldAnswers))
        {
            return new(faults.AddedLatency, FaultAction.HoldAfterCommit, 0, 0, true);
        }

        if (TryTake(ref armed.DropConnections))
        {
            return new(faults.AddedLatency, FaultAction.Drop, 0, 0, faults.ApplyToWritesAfterCommit);
        }

        return faults.AddedLatency > TimeSpan.Zero ? FaultDecision.None with { Latency = faults.AddedLatency } : FaultDecision.None;
    }

    public bool TakeTokenFailure()
    {
        var armed = Volatile.Read(ref _armed);
        return armed is not null && TryTake(ref armed.TokenEndpointFailures);
    }

    private static bool TryTake(ref int counter)
    {
        while (true)
        {
            var current = Volatile.Read(ref counter);
            if (current <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref counter, current - 1, current) == current)
            {
                return true;
            }
        }
    }

    private sealed class Armed(SandboxFaults faults)
    {
        public int ServerErrors = faults.ServerErrors;
        public int RateLimitStorm = faults.RateLimitStorm;
        public int DropConnections = faults.DropConnections;
        public int TokenEndpointFailures = faults.TokenEndpointFailures;
        public int HoldAnswers = faults.HoldAnswersAfterCommit;

        public SandboxFaults Faults { get; } = faults;
    }
}
