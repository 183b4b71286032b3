using Serilog.Core;
using Serilog.Events;

namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>Rewrites the string values of an event's properties with the redactor, for sinks other than <see cref="RedactingSink"/>.</summary>
/// <remarks>An enricher cannot change the exception or the template text, so the console output also goes through
/// <see cref="RedactingSink"/>; this enricher protects structured sinks (files, JSON) configured from appsettings.</remarks>
/// <param name="redactor">The redactor.</param>
internal sealed class RedactingEnricher(SecretRedactor redactor) : ILogEventEnricher
{
    /// <inheritdoc/>
    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        ArgumentNullException.ThrowIfNull(logEvent);
        List<LogEventProperty>? changed = null;
        foreach (var (name, value) in logEvent.Properties)
        {
            var redacted = Redact(value);
            if (!ReferenceEquals(redacted, value))
            {
                (changed ??= []).Add(new LogEventProperty(name, redacted));
            }
        }

        foreach (var property in changed ?? [])
        {
            logEvent.AddOrUpdateProperty(property);
        }
    }

    private LogEventPropertyValue Redact(LogEventPropertyValue value)
    {
        switch (value)
        {
            case ScalarValue { Value: string text }:
                var redacted = redactor.Redact(text);
                return string.Equals(redacted, text, StringComparison.Ordinal) ? value : new ScalarValue(redacted);
            case SequenceValue sequence:
                var elements = sequence.Elements.Select(Redact).ToList();
                return elements.SequenceEqual(sequence.Elements) ? value : new SequenceValue(elements);
            case StructureValue structure:
                var properties = structure.Properties.Select(p => new { p.Name, Old = p.Value, New = Redact(p.Value) }).ToList();
                return properties.All(p => ReferenceEquals(p.Old, p.New))
                    ? value
                    : new StructureValue(properties.Select(p => new LogEventProperty(p.Name, p.New)), structure.TypeTag);
            case DictionaryValue dictionary:
                var entries = dictionary.Elements.Select(e => new { e.Key, Old = e.Value, New = Redact(e.Value) }).ToList();
                return entries.All(e => ReferenceEquals(e.Old, e.New))
                    ? value
                    : new DictionaryValue(entries.Select(e => new KeyValuePair<ScalarValue, LogEventPropertyValue>(e.Key, e.New)));
            default:
                return value;
        }
    }
}
