namespace IntacctMcp.Sandbox;

/// <summary>Faults to inject into API requests (everything under <c>/ia/api/v1</c>), for resilience tests and benchmarks.</summary>
public sealed record SandboxFaults
{
    /// <summary>Gets the latency added to every matching API request.</summary>
    public TimeSpan AddedLatency { get; init; }

    /// <summary>Gets how many of the next matching API requests answer <see cref="ServerErrorStatus"/>.</summary>
    public int ServerErrors { get; init; }

    /// <summary>Gets the status of injected server errors.</summary>
    /// <value>The default value is 503.</value>
    public int ServerErrorStatus { get; init; } = 503;

    /// <summary>Gets how many of the next matching API requests answer 429 with Sage's retry headers.</summary>
    public int RateLimitStorm { get; init; }

    /// <summary>Gets the value, in seconds, of the retry headers sent with injected 429s.</summary>
    /// <value>The default value is 1.</value>
    public int RetryAfterSeconds { get; init; } = 1;

    /// <summary>Gets how many of the next matching API requests are aborted without a response (connection reset).</summary>
    public int DropConnections { get; init; }

    /// <summary>Gets how many of the next token requests answer 503.</summary>
    public int TokenEndpointFailures { get; init; }

    /// <summary>Gets the path prefix (after <c>/ia/api/v1</c>) a request must have for faults to apply, e.g. <c>/services/core/query</c>; null matches all.</summary>
    public string? PathPrefix { get; init; }

    /// <summary>Gets how many of the next matching writes are committed and then never answered: the request is held open
    /// until the client goes away (a client killed after Sage committed, before it answered).</summary>
    public int HoldAnswersAfterCommit { get; init; }

    /// <summary>Gets whether dropped writes are committed first (the outcome-unknown scenario) rather than dropped before they run.</summary>
    public bool ApplyToWritesAfterCommit { get; init; }
}
