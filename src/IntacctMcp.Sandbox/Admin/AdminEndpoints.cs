using System.Net;
using System.Text.Json;

namespace IntacctMcp.Sandbox.Admin;

/// <summary>
/// <c>/sandbox/admin</c>, outside Sage's API surface and loopback only: counters, faults, token expiry and planted text, the
/// HTTP twin of <see cref="SandboxControl"/>. <c>?company=</c> picks a company (counters default to the demo company,
/// faults and token expiry to every company).
/// </summary>
internal static class AdminEndpoints
{
    public const string Prefix = "/sandbox/admin";

    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        var group = app.MapGroup(Prefix).AddEndpointFilter(async (context, next) =>
            IsLoopback(context.HttpContext.Connection.RemoteIpAddress)
                ? await next(context)
                : Results.Json(new AdminMessage("The admin endpoint accepts loopback callers only."), AdminJsonContext.Default.AdminMessage, statusCode: 403));
        group.MapGet("/counters", (string? company) =>
            Guard(state, company, () => Results.Json(control.GetCounters(company), AdminJsonContext.Default.SandboxCounters)));
        group.MapPost("/reset-counters", (string? company) => Guard(state, company, () =>
        {
            control.ResetCounters(company);
            return Results.NoContent();
        }));
        group.MapMethods("/faults", ["PUT", "POST"], async (HttpRequest request, string? company) =>
        {
            SandboxFaults? faults;
            try
            {
                faults = await JsonSerializer.DeserializeAsync(request.Body, AdminJsonContext.Default.SandboxFaults, request.HttpContext.RequestAborted);
            }
            catch (JsonException e)
            {
                return Results.Json(new AdminMessage("The body is not a valid SandboxFaults object: " + e.Message), AdminJsonContext.Default.AdminMessage, statusCode: 400);
            }

            return faults is null
                ? Results.Json(new AdminMessage("A SandboxFaults object is required."), AdminJsonContext.Default.AdminMessage, statusCode: 400)
                : Guard(state, company, () =>
                {
                    control.SetFaults(faults, company);
                    return Results.Json(faults, AdminJsonContext.Default.SandboxFaults);
                });
        });
        group.MapGet("/faults", (string? company) => Guard(state, company, () =>
            state.Company(company).Faults.Current is { } current
                ? Results.Json(current, AdminJsonContext.Default.SandboxFaults)
                : Results.NoContent()));
        group.MapDelete("/faults", (string? company) => Guard(state, company, () =>
        {
            control.ClearFaults(company);
            return Results.NoContent();
        }));
        group.MapPost("/expire-tokens", (string? company) => Guard(state, company, () =>
        {
            control.ExpireTokens(company);
            return Results.NoContent();
        }));
        group.MapPost("/expire-refresh-tokens", (string? company) => Guard(state, company, () =>
        {
            control.ExpireRefreshTokens(company);
            return Results.NoContent();
        }));
        group.MapPost("/plant-text", PlantTextAsync);

        async Task<IResult> PlantTextAsync(HttpRequest request, string? company)
        {
            SandboxPlantedText? plant;
            try
            {
                plant = await JsonSerializer.DeserializeAsync(request.Body, AdminJsonContext.Default.SandboxPlantedText, request.HttpContext.RequestAborted);
            }
            catch (JsonException e)
            {
                return Results.Json(new AdminMessage("The body must be {object, id, field, text}: " + e.Message), AdminJsonContext.Default.AdminMessage, statusCode: 400);
            }

            return plant is null
                ? Results.Json(new AdminMessage("The body must be {object, id, field, text}."), AdminJsonContext.Default.AdminMessage, statusCode: 400)
                : Guard(state, company, () =>
                {
                    try
                    {
                        var key = control.PlantText(plant, company);
                        return Results.Json(new AdminMessage($"Planted in {plant.Object} {plant.Id} (key {key}) field {plant.Field}."), AdminJsonContext.Default.AdminMessage);
                    }
                    catch (KeyNotFoundException e)
                    {
                        return Results.Json(new AdminMessage(e.Message), AdminJsonContext.Default.AdminMessage, statusCode: 404);
                    }
                    catch (ArgumentException e)
                    {
                        return Results.Json(new AdminMessage(e.Message.Split(" (Parameter", 2)[0]), AdminJsonContext.Default.AdminMessage, statusCode: 400);
                    }
                });
        }
    }

    private static IResult Guard(SandboxState state, string? company, Func<IResult> action) =>
        company is not null && !state.Companies.ContainsKey(company)
            ? Results.Json(new AdminMessage($"The sandbox has no company '{company}'."), AdminJsonContext.Default.AdminMessage, statusCode: 404)
            : action();

    /// <summary>Whether a caller may use the admin endpoint: loopback only (IPv4, IPv6, and IPv4 mapped into IPv6).</summary>
    internal static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);
}
