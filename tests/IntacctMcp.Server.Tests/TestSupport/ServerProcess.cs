using System.Diagnostics;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>Runs the built <c>intacct-mcp</c> executable (copied into the test output by the project reference).</summary>
internal static class ServerProcess
{
    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "intacct-mcp.dll");

    /// <summary>Environment for a configured (never contacted) company, so the server starts without the sandbox.</summary>
    public static Dictionary<string, string?> FakeCompanyEnvironment { get; } = new()
    {
        ["INTACCT_CLIENT_ID"] = "test-client",
        ["INTACCT_CLIENT_SECRET"] = "test-secret",
        ["INTACCT_USERNAME"] = "ai-api@TESTCO",
        ["INTACCT_BASE_URL"] = "http://127.0.0.1:9/ia/api/v1",
    };

    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        info.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The child must not see a developer's real credentials.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("INTACCT_", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        return info;
    }

    /// <summary>Runs the executable to completion with stdin closed.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(IEnumerable<string> arguments, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Xunit.TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var process = Process.Start(StartInfo(arguments, environment))!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
