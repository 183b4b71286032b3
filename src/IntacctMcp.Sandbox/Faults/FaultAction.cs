namespace IntacctMcp.Sandbox.Faults;

/// <summary>What an injected fault does to one request.</summary>
internal enum FaultAction
{
    None,
    ServerError,
    RateLimitStorm,
    Drop,
    HoldAfterCommit,
}
