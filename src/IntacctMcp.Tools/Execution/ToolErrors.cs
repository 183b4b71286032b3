using System.Globalization;
using System.Text;
using IntacctMcp.Intacct.Errors;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Execution;

/// <summary>Builds tool errors: Sage's message, errorId, supportId and field targets, plus the next step. Never tokens.</summary>
internal static class ToolErrors
{
    /// <summary>Creates a tool error with a text.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The result with <c>isError</c> set.</returns>
    public static CallToolResult Text(string text) => new() { IsError = true, Content = [new TextContentBlock { Text = text }] };

    /// <summary>Creates a tool error from a client failure.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The result with <c>isError</c> set.</returns>
    public static CallToolResult FromIntacct(IntacctException exception) => Text(Describe(exception));

    /// <summary>Describes a client failure for the model.</summary>
    /// <param name="exception">The failure.</param>
    /// <returns>The compact text.</returns>
    public static string Describe(IntacctException exception)
    {
        var text = new StringBuilder();
        if (exception is IntacctApiException api)
        {
            text.Append(CultureInfo.InvariantCulture, $"Sage error (HTTP {(int)api.StatusCode}");
            if (!string.IsNullOrEmpty(api.Error.ErrorId))
            {
                text.Append(", ").Append(api.Error.ErrorId);
            }

            text.Append("): ").Append(api.Error.Message ?? api.Message);
            if (!string.IsNullOrEmpty(api.Error.SupportId))
            {
                text.Append(" [supportId ").Append(api.Error.SupportId).Append(']');
            }

            foreach (var detail in api.Error.Details)
            {
                // Sage often repeats the error's message in its one detail; then the target is the only news.
                var hasTarget = !string.IsNullOrEmpty(detail.Target);
                var repeated = hasTarget && detail.Message == api.Error.Message;
                text.Append("\n- ");
                if (hasTarget)
                {
                    text.Append(detail.Target);
                }

                if (!repeated)
                {
                    text.Append(hasTarget ? ": " : string.Empty).Append(detail.Message ?? detail.Code);
                }

                if (!string.IsNullOrEmpty(detail.ErrorId))
                {
                    text.Append(" (").Append(detail.ErrorId).Append(')');
                }
            }
        }
        else
        {
            text.Append(exception.Message);
        }

        text.Append("\nNext step: ").Append(NextStep(exception));
        return text.ToString();
    }

    private static string NextStep(IntacctException exception) => exception switch
    {
        IntacctPermissionException => exception.Hint ?? "the Sage user's role lacks access to this module or object: add the role (e.g. read-only AP/AR/GL) to the Web Services user in Sage, or ask the Sage administrator.",
        IntacctNotFoundException => "Sage found nothing at that path or key: check the object name (describe_object), and look records up by ID with the list/get tools (keys are Sage's numeric record keys)." + Hint(exception),
        IntacctRateLimitException rate => RateLimited(rate),
        IntacctQueueTimeoutException q => string.Create(CultureInfo.InvariantCulture, $"too many calls are waiting for company '{q.Company}''s rate limit; nothing was sent. Retry in a minute with fewer calls at once.") + Hint(exception),
        IntacctAuthenticationException => exception.Hint ?? "Sage rejected the credentials: run test_connection and follow its advice (client ID/secret, username userId@companyId, authorized client application).",
        IntacctIdempotencyConflictException c => $"Sage refused the repeated Idempotency-Key {c.IdempotencyKey} (used before for another body, or more than 48 hours ago); nothing was written. Use a new requestId to post a different document.",
        IntacctConflictException => "Sage reports a conflict (a record with the same unique ID exists, or an idempotency key was reused with another body); nothing was written: change the ID, or use a new requestId." + Hint(exception),
        IntacctValidationException => "fix the fields named above and call again (dryRun: true shows the request without sending it)." + Hint(exception),
        IntacctWriteOutcomeUnknownException w => $"the write may or may not have been applied. Repeat the same call (same arguments) within 48 hours: it carries the same Idempotency-Key {w.IdempotencyKey}, so Sage answers with the first outcome and never posts twice.",
        IntacctServerException or IntacctUnavailableException => exception.Hint ?? "Sage is failing or unreachable after retries; try again later.",
        IntacctConfigurationException => exception.Hint ?? "name one of the configured companies with the 'company' argument (list_companies shows them).",
        _ => exception.Hint ?? "check the arguments and try again.",
    };

    // Say how long Sage asked for and how long this server waited, which the client's generic hint cannot.
    private static string RateLimited(IntacctRateLimitException rate) => rate.RetryAfter is { } retryAfter && retryAfter > rate.Waited
        ? string.Create(CultureInfo.InvariantCulture, $"Sage's rate limit for this company: Sage asked for {retryAfter.TotalSeconds:0.#} s, longer than this server waits for one call, so it stopped after {rate.Waited.TotalSeconds:0.#} s. Try again in {retryAfter.TotalSeconds:0.#} s and spread heavy work out.")
        : string.Create(CultureInfo.InvariantCulture, $"Sage's rate limit for this company: the server waited {rate.Waited.TotalSeconds:0.#} s and retried, and Sage still refused; try again later and spread heavy work out.");

    private static string Hint(IntacctException exception) => exception.Hint is { Length: > 0 } hint ? " " + hint : string.Empty;
}
