using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ModelContextProtocol.Protocol;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>
/// The step every write passes after validation and after <c>dryRun</c>, before anything reaches Sage: asks the user
/// when the client can be asked, else (with <c>ConfirmWrites</c>) asks for a confirmation token, else lets it through.
/// </summary>
/// <remarks>
/// <para>
/// Asking uses the SDK's multi round-trip requests: the first call throws <see cref="InputRequiredException"/> with one
/// form (a <c>confirm</c> checkbox under the plain-words description) and a sealed state bound to this call. Under
/// protocol 2026-07-28 the client asks the user and repeats the call with the answer (any transport, stateless HTTP
/// included); on older revisions over a stateful session (stdio, stateful HTTP) the SDK sends
/// <c>elicitation/create</c> itself and repeats the call. Either way the tool runs again from the start, validates
/// again, and comes back here with the answer: only an accepted, ticked answer to a question about these exact
/// arguments posts, once.
/// </para>
/// <para>Older revisions over stateless HTTP cannot be asked (no session to send the question on); then the token applies.</para>
/// </remarks>
internal sealed partial class WriteConfirmation(ConfirmationTokens tokens, IOptions<IntacctToolsOptions> options, ILogger<WriteConfirmation> logger)
{
    /// <summary>The key of the question in the input requests.</summary>
    public const string QuestionKey = "confirm_write";

    /// <summary>The form's one field.</summary>
    public const string ConfirmField = "confirm";

    /// <summary>Decides whether a write may be sent now.</summary>
    /// <param name="call">The tool call.</param>
    /// <param name="tool">The tool name.</param>
    /// <param name="description">What will be posted, in plain words (see <see cref="WriteDescriptions"/>).</param>
    /// <param name="idempotencyKey">The key the write carries, if any.</param>
    /// <param name="preview">The request as a dry run shows it.</param>
    /// <returns><see langword="null"/> to send it; otherwise the result to return instead (nothing sent).</returns>
    /// <exception cref="InputRequiredException">The user is to be asked; the call comes back with the answer.</exception>
    public CallToolResult? Check(ToolCall call, string tool, string description, string? idempotencyKey, JsonObject preview)
    {
        var scope = ConfirmationScope.Current;
        if (scope is null)
        {
            // Only reachable outside tools/call (the filter sets the scope): never post unconfirmed when confirmation is on.
            return options.Value.ConfirmWrites ? ToolErrors.Text("Not posted: the write confirmation could not run for this call; call the tool through MCP tools/call.") : null;
        }

        var binding = new ConfirmationBinding(scope.Caller, scope.Server.SessionId ?? "-", call.Company, tool, scope.ArgumentsHash);
        var text = idempotencyKey is null ? description : description + "\n- Idempotency key: " + idempotencyKey;
        if (scope.CanAsk)
        {
            return scope.RequestState is { } state ? Answered(call, scope, binding, state, preview) : throw Ask(binding, text);
        }

        if (!options.Value.ConfirmWrites)
        {
            return null;
        }

        return scope.Token is { } token ? Redeem(binding, token) : IssueToken(call, binding, text, preview);
    }

    private InputRequiredException Ask(ConfirmationBinding binding, string text)
    {
        LogAsked(logger, binding.Caller, binding.Company, binding.Tool);
        var question = new ElicitRequestParams
        {
            Message = text + "\n\nTick confirm to post this to Sage; decline to leave Sage unchanged.",
            RequestedSchema = new()
            {
                Properties = { [ConfirmField] = new ElicitRequestParams.BooleanSchema { Title = "Post to Sage", Description = "Post exactly what is shown above.", Default = false } },
                Required = [ConfirmField],
            },
        };
        return new InputRequiredException(new Dictionary<string, InputRequest> { [QuestionKey] = InputRequest.ForElicitation(question) }, tokens.Issue(ConfirmationTicket.AskKind, binding));
    }

    private CallToolResult? Answered(ToolCall call, ConfirmationScope scope, ConfirmationBinding binding, string state, JsonObject preview)
    {
        var check = tokens.Check(state, ConfirmationTicket.AskKind, binding, out var ticket);
        if (check != TicketCheck.Valid)
        {
            LogRefused(logger, binding.Caller, binding.Company, binding.Tool, "answer", check);
            return ToolErrors.Text($"Not posted: the confirmation answer does not belong to this call ({Reason(check)}). Nothing was sent to Sage; call the tool again to be asked afresh.");
        }

        ElicitResult? answer = null;
        if (scope.InputResponses?.TryGetValue(QuestionKey, out var response) is true)
        {
            try
            {
                answer = response.Deserialize(InputResponse.ElicitResultJsonTypeInfo);
            }
            catch (JsonException)
            {
                answer = null;
            }
        }

        if (answer is null)
        {
            LogNoAnswer(logger, binding.Caller, binding.Company, binding.Tool);
            return NotPosted(call, preview, "the client returned no answer to the confirmation question");
        }

        var ticked = answer.Content?.TryGetValue(ConfirmField, out var value) is true && value.ValueKind == JsonValueKind.True;
        if (answer.IsAccepted && ticked)
        {
            if (!tokens.TryUse(ticket!))
            {
                LogRefused(logger, binding.Caller, binding.Company, binding.Tool, "answer", TicketCheck.Used);
                return ToolErrors.Text("Not posted: this confirmation was already used. Nothing was sent again; call the tool again to be asked afresh.");
            }

            LogAccepted(logger, binding.Caller, binding.Company, binding.Tool);
            return null;
        }

        if (answer.Action == "cancel")
        {
            LogCancelled(logger, binding.Caller, binding.Company, binding.Tool);
            return NotPosted(call, preview, "the user cancelled the confirmation");
        }

        LogDeclined(logger, binding.Caller, binding.Company, binding.Tool, answer.Action);
        return NotPosted(call, preview, answer.IsAccepted ? "the user declined (confirm was not ticked)" : "the user declined");
    }

    private CallToolResult IssueToken(ToolCall call, ConfirmationBinding binding, string text, JsonObject preview)
    {
        var token = tokens.Issue(ConfirmationTicket.TokenKind, binding);
        LogTokenIssued(logger, binding.Caller, binding.Company, binding.Tool);
        preview["confirmationToken"] = token;
        return ToolResults.Object(
            $"Not posted yet: this server needs the user's confirmation. Show the user what follows and ask.\n{text}\n" +
            $"If the user agrees, repeat this call with exactly the same arguments plus confirmationToken \"{token}\" (valid {ConfirmationTokens.Lifetime.TotalMinutes:0} minutes, once). This request would be sent:",
            preview,
            call.Budget);
    }

    private CallToolResult? Redeem(ConfirmationBinding binding, string token)
    {
        var check = tokens.Check(token, ConfirmationTicket.TokenKind, binding, out var ticket);
        if (check == TicketCheck.Valid && !tokens.TryUse(ticket!))
        {
            check = TicketCheck.Used;
        }

        if (check != TicketCheck.Valid)
        {
            LogRefused(logger, binding.Caller, binding.Company, binding.Tool, "token", check);
            return ToolErrors.Text($"Not posted: the confirmationToken {Reason(check)}. Nothing was sent to Sage.\nNext step: call again without confirmationToken for a fresh preview and token.");
        }

        LogTokenUsed(logger, binding.Caller, binding.Company, binding.Tool);
        return null;
    }

    private static CallToolResult NotPosted(ToolCall call, JsonObject preview, string why)
    {
        preview["notPosted"] = why;
        return ToolResults.Object($"Not posted: {why}. Nothing was sent to Sage. This is what would have been sent:", preview, call.Budget);
    }

    private static string Reason(TicketCheck check) => check switch
    {
        TicketCheck.Expired => $"has expired (it lasts {ConfirmationTokens.Lifetime.TotalMinutes:0} minutes)",
        TicketCheck.Used => "was already used (each one posts once)",
        TicketCheck.OtherCaller => "was issued to another caller or session",
        TicketCheck.OtherCompany => "was issued for another company",
        TicketCheck.OtherArguments => "was issued for different arguments (every argument must be exactly as in the call that returned it)",
        _ => "is not valid (altered, or from another server process)",
    };

    [LoggerMessage(EventId = 2110, Level = LogLevel.Information, Message = "Audit: {Caller} was asked to confirm a write to company {Company} with {Tool}")]
    private static partial void LogAsked(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2111, Level = LogLevel.Information, Message = "Audit: {Caller} accepted the write to company {Company} with {Tool}")]
    private static partial void LogAccepted(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2112, Level = LogLevel.Information, Message = "Audit: {Caller} declined the write to company {Company} with {Tool} (answer {Action}); not posted")]
    private static partial void LogDeclined(ILogger logger, string caller, string company, string tool, string action);

    [LoggerMessage(EventId = 2113, Level = LogLevel.Information, Message = "Audit: {Caller} cancelled the confirmation of the write to company {Company} with {Tool}; not posted")]
    private static partial void LogCancelled(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2114, Level = LogLevel.Warning, Message = "Audit: the client gave no answer to the confirmation of {Caller}'s write to company {Company} with {Tool}; not posted")]
    private static partial void LogNoAnswer(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2115, Level = LogLevel.Information, Message = "Audit: confirmation token issued to {Caller} for a write to company {Company} with {Tool}")]
    private static partial void LogTokenIssued(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2116, Level = LogLevel.Information, Message = "Audit: {Caller} used a confirmation token for a write to company {Company} with {Tool}")]
    private static partial void LogTokenUsed(ILogger logger, string caller, string company, string tool);

    [LoggerMessage(EventId = 2117, Level = LogLevel.Warning, Message = "Audit: confirmation {What} refused for {Caller}'s write to company {Company} with {Tool}: {Check}")]
    private static partial void LogRefused(ILogger logger, string caller, string company, string tool, string what, TicketCheck check);
}
