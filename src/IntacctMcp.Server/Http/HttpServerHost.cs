using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Hosting;
using IntacctMcp.Tools;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.AspNetCore;

namespace IntacctMcp.Server.Http;

/// <summary>The Streamable HTTP host: Kestrel, caller authentication, our request gate and the SDK's <c>MapMcp</c>.</summary>
internal static class HttpServerHost
{
    /// <summary>Builds the web application (not started).</summary>
    /// <param name="configuration">The server configuration (the <c>Http</c> section and everything else).</param>
    /// <param name="customization">Extra steps (tests).</param>
    /// <returns>The application; call <c>StartAsync</c> and read <c>Urls</c> for the bound addresses.</returns>
    /// <exception cref="Configuration.ServerConfigurationException">The HTTP or authentication settings are wrong or unsafe.</exception>
    public static WebApplication Build(IConfiguration configuration, ServerCustomization customization)
    {
        var section = configuration.GetSection(HttpServerOptions.SectionName);
        var options = section.Get<HttpServerOptions>() ?? new HttpServerOptions();
        var authentication = section.Get<CallerAuthenticationOptions>() ?? new CallerAuthenticationOptions();
        var warning = HttpStartupChecks.Check(options, authentication);
        HttpStartupChecks.CheckDynamicToolsets(options, configuration.GetValue<bool>($"{IntacctToolsOptions.SectionName}:{nameof(IntacctToolsOptions.DynamicToolsets)}"));

        // The empty builder: no default sources (ours are complete) and no console logger on stdout.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.UseServerLogging(configuration);
        builder.WebHost.UseKestrelCore().UseUrls(options.Urls).ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes;
        });
        builder.Services.AddRoutingCore();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.Configure<HttpServerOptions>(section);
        builder.Services.Configure<CallerAuthenticationOptions>(section);
        builder.Services.AddCallerAuthentication(authentication);

        // Tokens stay in memory unless Store:PersistTokens=true; either way every token is known to the log redactor.
        builder.Services.AddIntacctTokenStore(configuration, persistByDefault: false);
        var mcp = builder.Services.AddIntacctMcpServer(configuration, customization).WithHttpTransport(transport =>
        {
            // Stateless by default; --stateful gives initialize-handshake clients a session while 2026-07-28 clients,
            // which have no sessions, are still served per request on the same endpoint.
            transport.SessionMode = options.Stateful ? HttpServerSessionMode.StatefulForInitializeClients : HttpServerSessionMode.Stateless;
#pragma warning disable MCP9006 // Sessions are back-compat in the SDK (SEP-2567); --stateful is exactly that, on request.
            transport.IdleTimeout = options.IdleTimeout;
            transport.MaxIdleSessionCount = options.MaxSessions;
#pragma warning restore MCP9006
        });
        builder.Services.AddOptions<HttpServerTransportOptions>().Configure<TimeProvider>((transport, time) =>
        {
#pragma warning disable MCP9006 // See above: the idle timeout is measured on the host's clock (tests move it).
            transport.TimeProvider = time;
#pragma warning restore MCP9006
        });
        if (options.Stateful)
        {
            // Resumability: SSE events get IDs and are kept (in memory, for this process) so a dropped stream can be
            // resumed with Last-Event-ID. A client resumes within seconds or not at all, so events live minutes, not
            // for the life of the process: a busy stateful server must not grow without end.
            builder.Services.AddDistributedMemoryCache();
#pragma warning disable MCP9006 // See above: resumability belongs to the stateful back-compat mode.
            mcp.WithDistributedCacheEventStreamStore(store =>
            {
                store.EventSlidingExpiration = TimeSpan.FromMinutes(2);
                store.EventAbsoluteExpiration = TimeSpan.FromMinutes(10);
                store.MetadataSlidingExpiration = TimeSpan.FromMinutes(10);
                store.MetadataAbsoluteExpiration = TimeSpan.FromHours(1);
            });
#pragma warning restore MCP9006
        }

        var app = builder.Build();
        app.MapIntacctMcp();
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpServerHost));
        if (warning is not null)
        {
#pragma warning disable CA2254 // The warning text is built from settings, not from user input; a fixed template would hide it.
            logger.LogWarning(warning);
#pragma warning restore CA2254
        }

        app.Lifetime.ApplicationStarted.Register(() => logger.LogInformation(
            "Serving MCP over Streamable HTTP at {Urls} (path {Path}, {Mode})",
            string.Join(", ", app.Urls),
            options.Path,
            options.Stateful ? "stateful" : "stateless"));
        return app;
    }
}
