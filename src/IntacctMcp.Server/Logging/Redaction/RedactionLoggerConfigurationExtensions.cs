using System.Globalization;
using Serilog;
using Serilog.Configuration;
using Serilog.Events;
using Serilog.Formatting.Display;

namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>Wires the secret redactor into a Serilog configuration.</summary>
internal static class RedactionLoggerConfigurationExtensions
{
    /// <summary>The default output template of the redacted standard-error sink.</summary>
    public const string DefaultOutputTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>Writes events to standard error, redacted (standard output belongs to the MCP protocol in stdio mode).</summary>
    /// <param name="sinkConfiguration">The <c>WriteTo</c> configuration.</param>
    /// <param name="redactor">The redactor (the singleton the services also use).</param>
    /// <param name="outputTemplate">The Serilog output template.</param>
    /// <param name="restrictedToMinimumLevel">The lowest level written.</param>
    /// <param name="output">The writer; <see langword="null"/> means <see cref="Console.Error"/>.</param>
    /// <returns>The logger configuration.</returns>
    public static LoggerConfiguration RedactedStandardError(
        this LoggerSinkConfiguration sinkConfiguration,
        SecretRedactor redactor,
        string outputTemplate = DefaultOutputTemplate,
        LogEventLevel restrictedToMinimumLevel = LogEventLevel.Verbose,
        TextWriter? output = null)
    {
        ArgumentNullException.ThrowIfNull(sinkConfiguration);
        var formatter = new MessageTemplateTextFormatter(outputTemplate, CultureInfo.InvariantCulture);
        return sinkConfiguration.Sink(new RedactingSink(formatter, output ?? Console.Error, redactor), restrictedToMinimumLevel);
    }

    /// <summary>Redacts the string values of every event's properties (for every sink).</summary>
    /// <param name="enrichmentConfiguration">The <c>Enrich</c> configuration.</param>
    /// <param name="redactor">The redactor.</param>
    /// <returns>The logger configuration.</returns>
    public static LoggerConfiguration WithSecretRedaction(this LoggerEnrichmentConfiguration enrichmentConfiguration, SecretRedactor redactor)
    {
        ArgumentNullException.ThrowIfNull(enrichmentConfiguration);
        return enrichmentConfiguration.With(new RedactingEnricher(redactor));
    }
}
