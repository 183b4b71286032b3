using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Logging;

/// <summary>The client's log messages: 1000–1099 HTTP, 1100–1199 auth, 1200–1299 rate limiting. Never headers, bodies, tokens or secrets.</summary>
internal static partial class IntacctLog
{
    [LoggerMessage(EventId = 1000, Level = LogLevel.Debug, Message = "Intacct {Company} {Method} {Path} answered {StatusCode} in {ElapsedMs} ms (attempt {Attempt})")]
    public static partial void AttemptCompleted(this ILogger logger, string company, string method, string path, int statusCode, long elapsedMs, int attempt);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Intacct {Company} {Method} {Path} failed after {ElapsedMs} ms (attempt {Attempt}): {ErrorType}")]
    public static partial void AttemptFailed(this ILogger logger, string company, string method, string path, long elapsedMs, int attempt, string errorType);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Information, Message = "Intacct {Company} {Method} {Path} will be retried in {DelayMs} ms (attempt {Attempt} answered {StatusCode})")]
    public static partial void Retrying(this ILogger logger, string company, string method, string path, long delayMs, int attempt, int? statusCode);

    [LoggerMessage(EventId = 1003, Level = LogLevel.Warning, Message = "Intacct {Company} circuit opened for {BreakMs} ms after repeated failures")]
    public static partial void CircuitOpened(this ILogger logger, string company, long breakMs);

    [LoggerMessage(EventId = 1004, Level = LogLevel.Warning, Message = "Intacct {Company} {Method} {Path} answered {StatusCode} (errorId {ErrorId}, supportId {SupportId}) after {ElapsedMs} ms")]
    public static partial void RequestFailed(this ILogger logger, string company, string method, string path, int statusCode, string? errorId, string? supportId, long elapsedMs);

    [LoggerMessage(EventId = 1005, Level = LogLevel.Information, Message = "Intacct {Company} circuit closed")]
    public static partial void CircuitClosed(this ILogger logger, string company);

    [LoggerMessage(EventId = 1100, Level = LogLevel.Information, Message = "Intacct {Company} requesting an access token")]
    public static partial void TokenRequested(this ILogger logger, string company);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Intacct {Company} access token acquired, expires {ExpiresAt:O}, refresh from {RefreshAt:O}")]
    public static partial void TokenAcquired(this ILogger logger, string company, DateTimeOffset expiresAt, DateTimeOffset refreshAt);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "Intacct {Company} token request failed with {StatusCode} (errorId {ErrorId}, supportId {SupportId})")]
    public static partial void TokenFailed(this ILogger logger, string company, int statusCode, string? errorId, string? supportId);

    [LoggerMessage(EventId = 1103, Level = LogLevel.Information, Message = "Intacct {Company} rejected the access token with {StatusCode}; fetching a fresh one and retrying once")]
    public static partial void TokenRejected(this ILogger logger, string company, int statusCode);

    [LoggerMessage(EventId = 1104, Level = LogLevel.Debug, Message = "Intacct {Company} reused a stored access token that expires {ExpiresAt:O}")]
    public static partial void TokenFromStore(this ILogger logger, string company, DateTimeOffset expiresAt);

    [LoggerMessage(EventId = 1105, Level = LogLevel.Information, Message = "Intacct {Company} token endpoint answered 415; retrying the token request as JSON")]
    public static partial void TokenJsonFallback(this ILogger logger, string company);

    [LoggerMessage(EventId = 1106, Level = LogLevel.Information, Message = "Intacct {Company} refreshing the signed-in user's access token with the stored refresh token")]
    public static partial void SignInRefreshing(this ILogger logger, string company);

    [LoggerMessage(EventId = 1107, Level = LogLevel.Warning, Message = "Intacct {Company} Sage refused the refresh token ({StatusCode}: {SageMessage}); the company needs intacct-mcp login again")]
    public static partial void SignInRefused(this ILogger logger, string company, int statusCode, string? sageMessage);

    [LoggerMessage(EventId = 1108, Level = LogLevel.Information, Message = "Intacct {Company} another process changed the stored sign-in; using it")]
    public static partial void SignInChangedElsewhere(this ILogger logger, string company);

    [LoggerMessage(EventId = 1109, Level = LogLevel.Error, Message = "Intacct {Company} could not store the rotated refresh token ({ErrorType}); it is kept in memory until this process stops")]
    public static partial void SignInNotStored(this ILogger logger, string company, string errorType);

    [LoggerMessage(EventId = 1110, Level = LogLevel.Information, Message = "Intacct {Company} {Method} {Path} runs as Sage user {SageUser}")]
    public static partial void CallRunsAs(this ILogger logger, string company, string method, string path, string sageUser);

    [LoggerMessage(EventId = 1111, Level = LogLevel.Information, Message = "Intacct {Company} another replica reported the access token rejected; dropping it")]
    public static partial void TokenRejectedElsewhere(this ILogger logger, string company);

    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Intacct {Company} paused for {PauseMs} ms: Sage answered {StatusCode} with a retry header")]
    public static partial void CompanyPaused(this ILogger logger, string company, long pauseMs, int statusCode);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Intacct {Company} call refused by the rate limiter: {Reason}")]
    public static partial void QueueRefused(this ILogger logger, string company, string reason);

}
