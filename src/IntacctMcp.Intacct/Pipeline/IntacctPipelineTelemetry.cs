using Microsoft.Extensions.Options;
using Polly.Telemetry;

namespace IntacctMcp.Intacct.Pipeline;

/// <summary>
/// Sends the resilience package's events for the Intacct pipelines (retries, timeouts, circuit changes, each attempt,
/// with its enrichment) to the logs at Debug: the client's own messages (<c>IntacctLog</c>) already say what matters
/// at Information and Warning, once.
/// </summary>
/// <remarks>
/// What the events carry is safe: the pipeline is named after the client and keyed by company name, a result is
/// formatted as its status code, and the enrichment adds the method, host and error type, never a header (so never
/// the <c>Authorization</c> value), body, query string or secret. Other pipelines in the host keep their own severities.
/// </remarks>
internal sealed class IntacctPipelineTelemetry : IPostConfigureOptions<TelemetryOptions>
{
    /// <inheritdoc/>
    public void PostConfigure(string? name, TelemetryOptions options)
    {
        var previous = options.SeverityProvider;
        options.SeverityProvider = args =>
            args.Source.PipelineName is { } pipeline && pipeline.EndsWith("-" + IntacctPipeline.Name, StringComparison.Ordinal)
                ? ResilienceEventSeverity.Debug
                : previous?.Invoke(args) ?? args.Event.Severity;
    }
}
