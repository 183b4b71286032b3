using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Objects;

namespace IntacctMcp.Intacct;

/// <summary>The asynchronous report service: <c>POST /services/reports/{report}</c> → 202 → status → download.</summary>
internal sealed partial class IntacctClient
{
    private static readonly string[] ReadyStates = ["completed", "complete", "done", "ready", "success", "succeeded", "delivered"];
    private static readonly string[] FailedStates = ["failed", "error", "cancelled", "canceled", "dead"];

    /// <inheritdoc/>
    public async Task<JsonNode?> RunReportAsync(string report, JsonObject request, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(report) || report.Split('/') is var segments && segments.Any(s => s.Length == 0 || !s.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            throw new IntacctRequestRefusedException($"'{report}' is not a report path. Use the path under /services/reports/, e.g. general-ledger/trial-balance. Nothing was sent.");
        }

        var started = await SendCoreAsync(new IntacctCall(HttpMethod.Post, "/services/reports/" + report) { Body = request.DeepClone() }, cancellationToken);
        if (started.StatusCode != HttpStatusCode.Accepted)
        {
            return IntacctJson.Result(started.Body)?.DeepClone() ?? started.Body;
        }

        var accepted = IntacctJson.Result(started.Body) as JsonObject ?? started.Body as JsonObject;
        var reportId = IntacctJson.Text(accepted?["reportId"]) ?? IntacctJson.Text(accepted?["id"]) ?? IntacctJson.Text(accepted?["key"])
            ?? throw UnexpectedShape("POST", "/services/reports/" + report);
        var query = new List<KeyValuePair<string, string>> { new("reportId", reportId) };
        foreach (var name in new[] { "outputType", "outputLocation" })
        {
            if (IntacctJson.Text(request[name]) is { } value)
            {
                query.Add(new(name, value));
            }
        }

        await WaitForReportAsync(reportId, query, cancellationToken);
        var download = await SendCoreAsync(new IntacctCall(HttpMethod.Get, "/services/reports/download") { Query = query }, cancellationToken);
        return IntacctJson.Result(download.Body)?.DeepClone() ?? download.Body;
    }

    private async Task WaitForReportAsync(string reportId, List<KeyValuePair<string, string>> query, CancellationToken cancellationToken)
    {
        var interval = TimeSpan.FromTicks(Math.Clamp(_runtime.Options.RetryBaseDelay.Ticks * 2, TimeSpan.FromMilliseconds(50).Ticks, TimeSpan.FromSeconds(5).Ticks));
        var deadline = _runtime.Time.GetUtcNow() + _runtime.Options.TotalTimeout;
        while (true)
        {
            IntacctResponse status;
            try
            {
                status = await SendCoreAsync(new IntacctCall(HttpMethod.Get, "/services/reports/status") { Query = query }, cancellationToken);
            }
            catch (IntacctApiException e) when (e.StatusCode == HttpStatusCode.SeeOther)
            {
                // Sage answers a finished report's status with a redirect to the download.
                return;
            }

            var state = IntacctJson.Text((IntacctJson.Result(status.Body) as JsonObject ?? status.Body as JsonObject)?["status"])?.ToLowerInvariant();
            if (state is not null && ReadyStates.Contains(state))
            {
                return;
            }

            if (state is not null && FailedStates.Contains(state))
            {
                throw new IntacctException($"Sage Intacct report {reportId} ended with status '{state}'.");
            }

            if (_runtime.Time.GetUtcNow() + interval > deadline)
            {
                throw new IntacctUnavailableException($"Sage Intacct report {reportId} was not ready within {_runtime.Options.TotalTimeout}; try again later.");
            }

            await Task.Delay(interval, _runtime.Time, cancellationToken);
        }
    }
}
