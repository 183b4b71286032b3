using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Hosting;

namespace IntacctMcp.Server.Hosting;

/// <summary>
/// Serilog, two-stage (Serilog.AspNetCore): a bootstrap logger for start-up, which the host then reconfigures from
/// configuration. Everything goes to stderr: stdout belongs to the MCP protocol.
/// </summary>
/// <remarks>
/// <para>
/// In a process started by the entry point the static logger is the bootstrap <see cref="ReloadableLogger"/>, and the
/// host's <c>AddSerilog</c> freezes it into the configured one. A host built without it (tests, several hosts in one
/// process) gets a logger of its own and leaves the static logger alone.
/// </para>
/// <para>
/// Levels are read from <c>Serilog:MinimumLevel</c> (<c>Default</c> and <c>Override:&lt;namespace&gt;</c>) by hand rather
/// than with <c>ReadFrom.Configuration</c>: that would also honour a configured <c>WriteTo: Console</c>, which writes to
/// stdout and would corrupt the stdio protocol, and it scans assemblies at start-up.
/// </para>
/// </remarks>
internal static class ServerLogging
{
    private const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Creates the bootstrap logger used until the host's logger exists.</summary>
    public static ReloadableLogger CreateBootstrapLogger() =>
        WriteToStandardError(new LoggerConfiguration().MinimumLevel.Information(), new SecretRedactor()).CreateBootstrapLogger();

    /// <summary>Configures the full logger from configuration.</summary>
    /// <param name="loggerConfiguration">The configuration to fill in.</param>
    /// <param name="configuration">The server configuration.</param>
    /// <param name="redactor">Masks secrets in every event.</param>
    public static void Configure(LoggerConfiguration loggerConfiguration, IConfiguration configuration, SecretRedactor redactor)
    {
        var section = configuration.GetSection("Serilog:MinimumLevel");
        loggerConfiguration
            .MinimumLevel.Is(ParseLevel(section.Value ?? section["Default"], LogEventLevel.Information))
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            // A host that fails to start rethrows to the entry point, which prints configuration mistakes as one clear line and
            // logs anything else as fatal with its stack; the host's own copy would only add a stack trace to a typo.
            .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", LogEventLevel.Fatal)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .Enrich.FromLogContext();

        foreach (var entry in section.GetSection("Override").GetChildren())
        {
            loggerConfiguration.MinimumLevel.Override(entry.Key, ParseLevel(entry.Value, LogEventLevel.Information));
        }

        WriteToStandardError(loggerConfiguration, redactor);
    }

    /// <summary>Replaces every logging provider with Serilog configured from <paramref name="configuration"/>.</summary>
    /// <param name="logging">The host's logging builder.</param>
    /// <param name="configuration">The server configuration.</param>
    public static void UseServerLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();

        // One redactor for the logger and the services: the token stores register every access token with it.
        var redactor = new SecretRedactor();
        redactor.RegisterConfiguredSecrets(configuration);
        logging.Services.AddIntacctSecretRedaction(redactor);
        logging.Services.AddSerilog(
            (_, loggerConfiguration) => Configure(loggerConfiguration, configuration, redactor),
            preserveStaticLogger: Log.Logger is not ReloadableLogger);
    }

    // Secrets and tokens are masked twice: in property values (for any sink) and in the rendered line, exception included.
    private static LoggerConfiguration WriteToStandardError(LoggerConfiguration configuration, SecretRedactor redactor) =>
        configuration.Enrich.WithSecretRedaction(redactor).WriteTo.RedactedStandardError(redactor, OutputTemplate);

    private static LogEventLevel ParseLevel(string? value, LogEventLevel fallback) =>
        value is not null && Enum.TryParse<LogEventLevel>(Cli.LogLevelNames.Normalize(value) ?? value, ignoreCase: true, out var level)
            ? level
            : fallback;
}
