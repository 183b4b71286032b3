using System.Globalization;
using IntacctMcp.Sandbox.Auth;
using IntacctMcp.Sandbox.Faults;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary>
/// Every request under <c>/ia/api/v1</c> except the token endpoint: authenticate, count, inject faults, apply the
/// company's concurrency and per-minute limits, scope to an entity, run the handler, add rate headers.
/// </summary>
internal static class ApiGateway
{
    private const string EntityHeader = "X-IA-API-Param-Entity";

    public static async Task HandleAsync(HttpContext context, SandboxState state)
    {
        var cancellationToken = context.RequestAborted;
        var path = context.Request.Path.Value is { } full && full.Length > SandboxPaths.ApiPrefix.Length ? full[SandboxPaths.ApiPrefix.Length..] : "/";
        var token = Authenticate(context.Request, state, out var failure);
        if (token is null)
        {
            await failure!.WriteAsync(context.Response, cancellationToken);
            return;
        }

        var company = token.Company;
        var method = context.Request.Method;
        var route = ApiRouter.Match(method, path);
        company.Counters.CountApiRequest(route.Key);
        var fault = company.Faults.Evaluate(path, route.IsWrite);
        var limiter = company.RateLimiter;
        var limited = state.Options.RateLimitEnabled;
        if (limited && !limiter.TryEnter())
        {
            company.Counters.CountRateLimited();
            await TooManyRequests(limiter, 1, "Concurrent request limit exceeded for this company.").WriteAsync(context.Response, cancellationToken);
            return;
        }

        try
        {
            if (fault.Latency > TimeSpan.Zero)
            {
                await Task.Delay(fault.Latency, state.Time, cancellationToken);
            }

            switch (fault.Action)
            {
                case FaultAction.ServerError:
                    await InjectedError(fault.Status).ToResponse().WriteAsync(context.Response, cancellationToken);
                    return;
                case FaultAction.RateLimitStorm:
                    company.Counters.CountRateLimited();
                    await TooManyRequests(limiter, fault.RetryAfterSeconds, "Rate limit exceeded for this company.").WriteAsync(context.Response, cancellationToken);
                    return;
                case FaultAction.Drop when !(fault.AfterCommit && route.IsWrite):
                    context.Abort();
                    return;
            }

            var remaining = 0;
            if (limited && !limiter.TryTake(out remaining, out var retryAfter))
            {
                company.Counters.CountRateLimited();
                await TooManyRequests(limiter, retryAfter, "Rate limit exceeded for this company.").WriteAsync(context.Response, cancellationToken);
                return;
            }

            var entityId = route.IgnoresEntity ? null : ResolveEntity(context.Request, token, company, out failure);
            var body = await ReadBodyAsync(context.Request, cancellationToken);
            state.Options.RequestObserver?.Invoke(new SandboxRequest(method, path, body.Length == 0 ? null : System.Text.Encoding.UTF8.GetString(body)));
            var response = failure ?? route.Handler(new ApiRequest
            {
                State = state,
                Company = company,
                Token = token,
                Method = method,
                Path = path,
                EntityId = entityId,
                Body = body,
                Query = context.Request.Query,
                Headers = context.Request.Headers,
                Now = state.Time.GetUtcNow(),
            });
            if (fault.Action == FaultAction.HoldAfterCommit)
            {
                // The write is committed; the answer waits until the client gives up or dies.
                await HoldUntilClientLeavesAsync(cancellationToken);
                return;
            }

            if (fault.Action == FaultAction.Drop)
            {
                // The write is committed; the client never learns the outcome.
                context.Abort();
                return;
            }

            if (limited)
            {
                response = response.WithHeaders(
                [
                    new("X-IA-Minute-Rate-Limit", limiter.RequestsPerMinute.ToString(CultureInfo.InvariantCulture)),
                    new("X-IA-Minute-Rate-Limit-Remaining", remaining.ToString(CultureInfo.InvariantCulture)),
                    new("X-IA-Throttle-Limit", limiter.MaxConcurrent.ToString(CultureInfo.InvariantCulture)),
                    new("X-IA-Throttle-Limit-Remaining", Math.Max(0, limiter.MaxConcurrent - limiter.InFlight).ToString(CultureInfo.InvariantCulture)),
                ]);
            }

            company.Counters.CountResponseBytes(response.Body?.Length ?? 0);
            await response.WriteAsync(context.Response, cancellationToken);
        }
        finally
        {
            if (limited)
            {
                limiter.Exit();
            }
        }
    }

    private static IssuedToken? Authenticate(HttpRequest request, SandboxState state, out ApiResponse? failure)
    {
        failure = null;
        var header = request.Headers.Authorization.ToString();
        const string Bearer = "Bearer ";
        var expired = false;
        if (header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) &&
            state.Tokens.Validate(header[Bearer.Length..].Trim(), out expired) is { } token)
        {
            return token;
        }

        failure = expired && state.Options.ExpiredTokenAsRest1206
            ? new SageError(400, "tokenInvalid", "Token is not valid.", "REST-1206").ToResponse()
            : new SageError(401, "GW-0040", expired ? "The access token has expired." : "The access token is missing or invalid.", "GW-0040")
                .ToGatewayResponse([new("WWW-Authenticate", "Bearer error=\"invalid_token\"")]);
        return null;
    }

    private static string? ResolveEntity(HttpRequest request, IssuedToken token, SandboxCompany company, out ApiResponse? failure)
    {
        failure = null;
        var header = request.Headers[EntityHeader].ToString();
        if (header.Length == 0)
        {
            return token.EntityId;
        }

        if (company.Data[SandboxObjects.Entity].ById(header) is null)
        {
            failure = SageError.Invalid($"The entity '{header}' does not exist in this company.", EntityHeader).ToResponse();
            return null;
        }

        return header;
    }

    /// <summary>The error an injected status is answered with, in the shape Sage uses for that status.</summary>
    private static async Task HoldUntilClientLeavesAsync(CancellationToken requestAborted)
    {
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, requestAborted);
        }
        catch (OperationCanceledException)
        {
            // The client went away: exactly the moment this fault stands for.
        }
    }

    private static SageError InjectedError(int status) => status switch
    {
        503 => new SageError(status, "serviceUnavailable", "The service is temporarily unavailable. Retry the request later.", "GW-0010"),
        403 => new SageError(status, "forbidden", "Permission denied: the user's role does not grant access to this object.", "REST-1403"),
        _ => new SageError(status, "internalServerError", "The service is temporarily unavailable. Retry the request later.", "REST-1500"),
    };

    private static ApiResponse TooManyRequests(Limits.CompanyRateLimiter limiter, int retryAfter, string message)
    {
        var seconds = retryAfter.ToString(CultureInfo.InvariantCulture);
        return new SageError(429, "GW-0010", $"{message} Retry after {seconds} seconds.", "GW-0010").ToResponse(
        [
            new("Retry-After", seconds),
            new("X-IA-Throttle-Limit", limiter.MaxConcurrent.ToString(CultureInfo.InvariantCulture)),
            new("X-IA-Throttle-Limit-Remaining", "0"),
            new("X-IA-Throttle-Limit-RetryAfter", seconds),
            new("X-IA-Minute-Rate-Limit", limiter.RequestsPerMinute.ToString(CultureInfo.InvariantCulture)),
            new("X-IA-Minute-Rate-Limit-Remaining", "0"),
            new("X-IA-Minute-Rate-Limit-Retry-After", seconds),
        ]);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return [];
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
