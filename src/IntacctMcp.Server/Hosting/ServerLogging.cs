using IntacctMcp.Server.Logging.Redaction;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace IntacctMcp.Server.Hosting;

/// <summary>
/// Serilog, two-stage: a bootstrap logger for start-up, then the full logger from configuration. Everything goes to
/// stderr: stdout belongs to the MCP protocol.
/// </summary>
/// <remarks>
/// Levels are read from <c>Serilog:MinimumLevel</c> (<c>Default</c> and <c>Override:&lt;namespace&gt;</c>) by hand rather
/// than with <c>ReadFrom.Configuration</c>: that would also honour a configured <c>WriteTo: Console</c>, which writes to
/// stdout and would corrupt the stdio protocol, and it scans assemblies at start-up.
/// </remarks>
internal static class ServerLogging
{
    private const string OutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Creates the bootstrap logger used until the host's logger exists.</summary>
    public static Logger CreateBootstrapLogger() =>
        WriteToStandardError(new LoggerConfiguration().MinimumLevel.Information(), new SecretRedactor()).CreateLogger();

    /// <summary>Creates the full logger from configuration.</summary>
    /// <param name="configuration">The server configuration.</param>
    /// <param name="redactor">Masks secrets in every event; <see langword="null"/> creates one that knows the configured secrets.</param>
    public static Logger CreateLogger(IConfiguration configuration, SecretRedactor? redactor = null)
    {
        if (redactor is null)
        {
            redactor = new SecretRedactor();
            redactor.RegisterConfiguredSecrets(configuration);
        }

        var section = configuration.GetSection("Serilog:MinimumLevel");
        var loggerConfiguration = new LoggerConfiguration()
            .MinimumLevel.Is(ParseLevel(section.Value ?? section["Default"], LogEventLevel.Information))
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft.Hosting.Lifetime", LogEventLevel.Information)
            .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
            .Enrich.FromLogContext();

        foreach (var entry in section.GetSection("Override").GetChildren())
        {
            loggerConfiguration.MinimumLevel.Override(entry.Key, ParseLevel(entry.Value, LogEventLevel.Information));
        }

        return WriteToStandardError(loggerConfiguration, redactor).CreateLogger();
    }

    /// <summary>Replaces every logging provider with Serilog configured from <paramref name="configuration"/>.</summary>
    /// <param name="logging">The host's logging builder.</param>
    /// <param name="configuration">The server configuration.</param>
    public static void UseServerLogging(this ILoggingBuilder logging, IConfiguration configuration)
    {
        logging.ClearProviders();
        logging.SetMinimumLevel(LogLevel.Trace);

        // One redactor for the logger and the services: the token stores register every access token with it.
        var redactor = new SecretRedactor();
        redactor.RegisterConfiguredSecrets(configuration);
        logging.Services.AddIntacctSecretRedaction(redactor);
        logging.AddSerilog(CreateLogger(configuration, redactor), dispose: true);
    }

    // Secrets and tokens are masked twice: in property values (for any sink) and in the rendered line, exception included.
    private static LoggerConfiguration WriteToStandardError(LoggerConfiguration configuration, SecretRedactor redactor) =>
        configuration.Enrich.WithSecretRedaction(redactor).WriteTo.RedactedStandardError(redactor, OutputTemplate);

    private static LogEventLevel ParseLevel(string? value, LogEventLevel fallback) =>
        value is not null && Enum.TryParse<LogEventLevel>(Cli.LogLevelNames.Normalize(value) ?? value, ignoreCase: true, out var level)
            ? level
            : fallback;
}
