using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>The five questions over stdio, through the built executable.</summary>
public sealed class StdioFiveQuestionsTests(StdioServerFixture fixture) : FiveQuestionsEndToEnd(fixture), IClassFixture<StdioServerFixture>
{
    [Fact]
    public void Stderr_WhileServing_NeverShowsTheClientSecret()
    {
        Assert.DoesNotContain(fixture.Stderr, line => line.Contains(IntacctMcp.Sandbox.SandboxDemo.ClientSecret, StringComparison.Ordinal));
    }
}
