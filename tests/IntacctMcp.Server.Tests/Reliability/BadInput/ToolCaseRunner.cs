using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary>Runs one tool case through the SDK client and holds it to its expectation and the common rules.</summary>
internal static class ToolCaseRunner
{
    public static async Task RunAsync(BadInputFixture fixture, string file, ToolCase c)
    {
        var before = fixture.Counters();
        var result = await fixture.CallAsync(c.Tool, c.Arguments, TimeSpan.FromSeconds(60));
        // The SDK's generic "An error occurred invoking 'tool'." names nothing (and may contain a keyword by accident: the tool's name).
        var clear = result.Completed && result.IsError
            && !result.Text.Contains("An error occurred invoking", StringComparison.Ordinal)
            && ToolText.ContainsAny(result.Text, c.ExpectErrorContains);
        await BadInputCheck.AssertAsync(
            fixture,
            file,
            c.Id,
            before,
            c.SageCallsAllowed,
            clear,
            $"{c.Description}: expected an error naming one of [{string.Join(", ", c.ExpectErrorContains)}], got {result}");
    }
}
