namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>What one call did under an injected fault.</summary>
internal enum FaultOutcome
{
    /// <summary>The call succeeded (the fault cleared within the wait budget, or retries absorbed it).</summary>
    Recovered,

    /// <summary>A tool error naming the cause and what to do.</summary>
    ClearError,

    /// <summary>A write whose outcome is unknown, said so and named its idempotency key.</summary>
    UnknownOutcomeNamed,

    /// <summary>An error that did not name the cause (a defect).</summary>
    UnclearError,

    /// <summary>No answer within the bound (a defect).</summary>
    Hang,

    /// <summary>The server process died or stopped answering (a defect).</summary>
    Crash,
}
