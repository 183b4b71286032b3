using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.Samples;

/// <summary><c>samples/IntacctMcp.Samples.Client</c> starts the server on the sandbox and gets the five product-brief answers.</summary>
public sealed class SampleClientTests
{
    [Fact]
    public async Task SampleClient_AgainstTheSandbox_AnswersTheFiveQuestions()
    {
        var run = await CommandRunner.RunAsync(
            "dotnet",
            [SampleDll(), "--server-dll", ServerProcess.DllPath],
            TimeSpan.FromMinutes(3),
            new Dictionary<string, string?> { ["INTACCT_MCP_HOME"] = ServerProcess.IsolatedHome });

        Assert.True(run.ExitCode == 0, run.Output + run.Error);
        for (var question = 1; question <= 5; question++)
        {
            Assert.Contains($"Q{question}. ", run.Output, StringComparison.Ordinal);
        }

        Assert.Contains("list_bills(openOnly: True, minAmountDue: 5000, dueWithinDays: 30)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Acme Maintenance", run.Output, StringComparison.Ordinal);
        Assert.Contains("All five questions answered.", run.Output, StringComparison.Ordinal);
    }

    /// <summary>The sample from its own build output (same configuration as the tests): its dependencies are resolved there, not beside the tests.</summary>
    private static string SampleDll()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        return Path.Combine(RepositoryRoot.Path, "samples", "IntacctMcp.Samples.Client", "bin", configuration, "net10.0", "IntacctMcp.Samples.Client.dll");
    }
}
