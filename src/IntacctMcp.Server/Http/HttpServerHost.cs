using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Hosting;
using IntacctMcp.Server.Http.Auth;
using IntacctMcp.Server.Http.Sessions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Server.Http;

/// <summary>The Streamable HTTP host: Kestrel, caller authentication and our own MCP endpoint.</summary>
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
        var warning = HttpStartupChecks.Check(options);

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
        builder.Services.AddCallerAuthentication(options);
        builder.Services.AddSingleton<McpSessionStore>();
        builder.Services.AddSingleton<McpStreamEndpoint>();
        builder.Services.AddSingleton<McpEndpoint>();
        if (options.Stateful)
        {
            builder.Services.AddHostedService<SessionIdleSweeper>();
        }

        // Tokens stay in memory unless Store:PersistTokens=true; either way every token is known to the log redactor.
        builder.Services.AddIntacctTokenStore(configuration, persistByDefault: false);
        builder.Services.AddIntacctMcpServer(configuration, customization);

        var app = builder.Build();
        app.MapIntacctMcp(options);
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
