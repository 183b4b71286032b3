using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Admin;
using IntacctMcp.Sandbox.Api;
using IntacctMcp.Sandbox.Auth;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Responses;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace IntacctMcp.Sandbox;

/// <summary>A running Sage Intacct emulator: Kestrel on loopback, serving the demo company (and any extra companies).</summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SandboxState _state;

    private SandboxServer(WebApplication app, SandboxState state, Uri rootUrl)
    {
        _app = app;
        _state = state;
        RootUrl = rootUrl;
        ApiBaseUrl = new Uri(rootUrl, SandboxPaths.ApiPrefix.TrimStart('/'));
        AdminUrl = new Uri(rootUrl, AdminEndpoints.Prefix.TrimStart('/'));
        Control = new SandboxControl(state);
    }

    /// <summary>Gets the root URL, e.g. <c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri RootUrl { get; }

    /// <summary>Gets the API base URL, <c>http://127.0.0.1:PORT/ia/api/v1</c> (the token URL is this plus <c>/oauth2/token</c>).</summary>
    public Uri ApiBaseUrl { get; }

    /// <summary>Gets the admin URL, <c>http://127.0.0.1:PORT/sandbox/admin</c> (loopback only).</summary>
    public Uri AdminUrl { get; }

    /// <summary>Gets the in-process equivalent of the admin endpoint.</summary>
    public SandboxControl Control { get; }

    /// <summary>Starts Kestrel in-process and returns once it listens.</summary>
    /// <param name="options">The options; null uses the defaults (a free loopback port, rate limits on, quiet).</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server.</returns>
    public static async Task<SandboxServer> StartAsync(SandboxOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SandboxOptions();
        var state = new SandboxState(options);
        var app = Build(state, []);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            state.Dispose();
            throw;
        }

        return new SandboxServer(app, state, ListeningUrl(app));
    }

    /// <summary>Gets the name of every object the sandbox serves (each can be passed to <see cref="ExportObjects"/>).</summary>
    public static IReadOnlyList<string> ObjectNames { get; } = [.. Model.SandboxObjects.All.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Gets full records exactly as <c>GET /objects/{objectName}/{key}</c> returns them, for tests that compute expected answers independently.</summary>
    /// <param name="objectName">The object, e.g. <c>accounts-payable/bill</c>.</param>
    /// <param name="companyId">The company; null is the demo company.</param>
    /// <returns>The records in key order.</returns>
    public IReadOnlyList<JsonObject> ExportObjects(string objectName, string? companyId = null)
    {
        var company = _state.Company(companyId);
        if (!company.Data.Stores.TryGetValue(objectName, out var store))
        {
            throw new ArgumentException($"The sandbox does not serve '{objectName}'.", nameof(objectName));
        }

        company.Data.Lock.EnterReadLock();
        try
        {
            return [.. store.Records.Select(r => JsonNode.Parse(ApiResponse.Write(w => RecordJson.WriteRecord(w, r)))!.AsObject())];
        }
        finally
        {
            company.Data.Lock.ExitReadLock();
        }
    }

    /// <summary>Stops the server and releases its data.</summary>
    /// <returns>A task that completes when stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _state.Dispose();
    }

    internal static WebApplication Build(SandboxState state, string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.WebHost.UseUrls(state.Options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.AddServerHeader = false);
        if (state.Options.Quiet)
        {
            builder.Logging.ClearProviders();
        }
        else
        {
            builder.Logging.SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Information);
        }

        var app = builder.Build();
        var control = new SandboxControl(state);
        app.MapPost(SandboxPaths.ApiPrefix + "/oauth2/token", (HttpContext context) => TokenEndpoint.HandleAsync(context, state));
        app.MapGet(SandboxPaths.ApiPrefix + "/oauth2/authorize", (HttpContext context) => AuthorizeEndpoint.GetAsync(context, state));
        app.MapPost(SandboxPaths.ApiPrefix + "/oauth2/authorize", (HttpContext context) => AuthorizeEndpoint.PostAsync(context, state));
        app.MapPost(SandboxPaths.ApiPrefix + "/oauth2/revoke", (HttpContext context) => RevokeEndpoint.HandleAsync(context, state));
        app.Map(SandboxPaths.ApiPrefix + "/{**path}", (HttpContext context) => ApiGateway.HandleAsync(context, state));
        AdminEndpoints.Map(app, state, control);
        return app;
    }

    private static Uri ListeningUrl(WebApplication app)
    {
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new Uri(address.TrimEnd('/') + "/");
    }
}
