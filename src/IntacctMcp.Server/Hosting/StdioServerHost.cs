using IntacctMcp.Server.Credentials;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace IntacctMcp.Server.Hosting;

/// <summary>The stdio host: the generic host (no Kestrel) with the SDK's stdio transport.</summary>
internal static class StdioServerHost
{
    /// <summary>Builds the stdio host.</summary>
    /// <param name="configuration">The server configuration.</param>
    /// <param name="customization">Extra steps (tests).</param>
    public static IHost Build(IConfiguration configuration, ServerCustomization customization)
    {
        // The empty builder adds no configuration sources and no logging providers: the default console logger
        // writes to stdout, which belongs to the protocol, and every source is already in the configuration.
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.UseServerLogging(configuration);
        builder.Services.Configure<HostOptions>(options => options.ShutdownTimeout = TimeSpan.FromSeconds(30));

        // Claude Desktop restarts stdio servers often: reuse the encrypted token unless Store:PersistTokens=false.
        // Registered before the composition, so that test customizations may still replace it.
        builder.Services.AddIntacctTokenStore(configuration, persistByDefault: true);
        builder.Services.AddSingleton<InFlightToolCalls>();
        builder.Services.AddIntacctMcpServer(configuration, customization)
            .WithStdioServerTransport()
            .WithRequestFilters(filters => filters.AddCallToolFilter(next => async (context, cancellationToken) =>
            {
                using var call = context.Services!.GetRequiredService<InFlightToolCalls>().Enter();
                return await next(context, cancellationToken);
            }));

        // After the transport's hosted service, so that the host stops it first: calls in flight finish before the session ends.
        builder.Services.AddHostedService<InFlightToolCallDrain>();
        return builder.Build();
    }
}
