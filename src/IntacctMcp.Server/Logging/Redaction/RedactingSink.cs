using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting;

namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>A Serilog sink that renders each event (message, properties and exception), redacts the text, then writes it.</summary>
/// <remarks>Redacting the rendered text, rather than the event, also catches secrets inside exception messages and stack
/// traces and inside message templates built by string interpolation.</remarks>
/// <param name="formatter">Renders an event (e.g. a <c>MessageTemplateTextFormatter</c> with an output template).</param>
/// <param name="output">Where the text goes (standard error in the server: standard output belongs to the protocol).</param>
/// <param name="redactor">The redactor.</param>
internal sealed class RedactingSink(ITextFormatter formatter, TextWriter output, SecretRedactor redactor) : ILogEventSink
{
    private readonly Lock _sync = new();

    /// <inheritdoc/>
    public void Emit(LogEvent logEvent)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        formatter.Format(logEvent, buffer);
        var text = redactor.Redact(buffer.ToString());
        lock (_sync)
        {
            output.Write(text);
            output.Flush();
        }
    }
}
