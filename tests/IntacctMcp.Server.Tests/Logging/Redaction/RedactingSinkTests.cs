using IntacctMcp.Server.Logging.Redaction;
using Serilog;
using Serilog.Events;
using Xunit;

namespace IntacctMcp.Server.Tests.Logging.Redaction;

public sealed class RedactingSinkTests
{
    private const string Secret = "client-secret-for-sink-tests";
    private const string Token = "token-for-sink-tests-123456";

    [Fact]
    public void Emit_SecretsInMessagePropertiesAndException_AreMasked()
    {
        var (redactor, output) = (NewRedactor(), new StringWriter());
        using (var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.RedactedStandardError(redactor, output: output).CreateLogger())
        {
            logger.Information("Using {Secret} and {@Request}", Secret, new { Header = $"Bearer {Token}", Nested = new[] { Token } });
            logger.Information($"Interpolated {Secret}");
            logger.Error(new InvalidOperationException($"Sage said no to {Secret}", new HttpRequestException($"Authorization: Bearer {Token}")), "Call failed");
        }

        var text = output.ToString();
        Assert.DoesNotContain(Secret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        Assert.Contains("Call failed", text, StringComparison.Ordinal);
        Assert.Contains("Sage said no to ***", text, StringComparison.Ordinal);
        Assert.Contains("Interpolated ***", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Enrich_SecretsInProperties_AreMaskedForEverySink()
    {
        var redactor = NewRedactor();
        var events = new List<LogEvent>();
        using (var logger = new LoggerConfiguration().Enrich.WithSecretRedaction(redactor).WriteTo.Sink(new CollectingSink(events)).CreateLogger())
        {
            logger.Information("Using {Secret} {@Request} {List} {Map}", Secret, new { Header = $"Bearer {Token}" }, new[] { Token }, new Dictionary<string, string> { ["k"] = Secret });
        }

        var logEvent = Assert.Single(events);
        var rendered = logEvent.RenderMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.DoesNotContain(Secret, rendered, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, rendered, StringComparison.Ordinal);
        Assert.All(logEvent.Properties.Values, v => Assert.DoesNotContain(Secret, v.ToString(), StringComparison.Ordinal));
        Assert.All(logEvent.Properties.Values, v => Assert.DoesNotContain(Token, v.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Enrich_NoSecret_LeavesPropertiesAsTheyAre()
    {
        var events = new List<LogEvent>();
        using (var logger = new LoggerConfiguration().Enrich.WithSecretRedaction(NewRedactor()).WriteTo.Sink(new CollectingSink(events)).CreateLogger())
        {
            logger.Information("Listed {Count} bills of {Company}", 12, "acme");
        }

        Assert.Equal("Listed 12 bills of \"acme\"", Assert.Single(events).RenderMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static SecretRedactor NewRedactor()
    {
        var redactor = new SecretRedactor();
        redactor.Register(Secret);
        redactor.Register(Token);
        return redactor;
    }

    private sealed class CollectingSink(List<LogEvent> events) : Serilog.Core.ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Add(logEvent);
    }
}
