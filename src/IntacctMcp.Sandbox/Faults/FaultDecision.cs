namespace IntacctMcp.Sandbox.Faults;

/// <summary>The faults that apply to one request.</summary>
internal readonly record struct FaultDecision(TimeSpan Latency, FaultAction Action, int Status, int RetryAfterSeconds, bool AfterCommit)
{
    public static FaultDecision None { get; } = new(TimeSpan.Zero, FaultAction.None, 0, 0, false);
}
