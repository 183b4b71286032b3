using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Credentials;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>A regular user's company set up with <c>configure --flow authorization_code</c> alone, then signed in with <c>login</c>.</summary>
public sealed class ConfigureSignInTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ConfigurePublicClient_CompaniesShowsTheFlow_LoginAndTestConnectionWorkFromTheStore()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        var onlyHome = new Dictionary<string, string?> { ["INTACCT_MCP_HOME"] = _home.HomePath };

        var configure = await RunAsync(
            ["configure", "--company", SignInEnvironment.Company, "--flow", "authorization_code", "--client-id", SandboxDemo.PublicClientId, "--base-url", env.BaseUrl],
            onlyHome,
            "\n");
        var companies = await RunAsync(["companies"], onlyHome);
        await using (var login = LoginProcess.Start(SignInEnvironment.LoginArguments(), onlyHome))
        {
            using var browser = new ConsentBrowser();
            await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.SecondRegularUserId);
            Assert.True(await login.ExitAsync() == 0, login.Error);
            Assert.Contains("Signed in to acme: Sage user mlee, company DEMO", login.Output, StringComparison.Ordinal);
        }

        var connection = await RunAsync(["test-connection"], onlyHome);

        Assert.True(configure.ExitCode == 0, configure.Error);
        Assert.Contains("Next: sign in as yourself with `intacct-mcp login --company acme`", configure.Output, StringComparison.Ordinal);
        Assert.Matches(@"Flow\s+authorization_code \(a regular user who signs in: intacct-mcp login\)\s+\[encrypted store", companies.Output);
        Assert.Contains("not set (public client)", companies.Output, StringComparison.Ordinal);
        Assert.True(connection.ExitCode == 0, connection.Error);
        Assert.Contains("User:          mlee", connection.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configure_UnknownFlow_OneLineWithTheValues()
    {
        var (exit, _, error) = await RunAsync(["configure", "--company", "acme", "--flow", "password", "--client-id", "x"], new() { ["INTACCT_MCP_HOME"] = _home.HomePath });

        Assert.Equal(2, exit);
        Assert.Contains("--flow 'password' is not a flow: use client_credentials", error, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, Dictionary<string, string?> environment, string? input = null) =>
        input is null
            ? ServerProcess.RunAsync(arguments, environment)
            : RunWithInputAsync(arguments, environment, input);

    private static async Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string[] arguments, Dictionary<string, string?> environment, string input)
    {
        using var process = System.Diagnostics.Process.Start(ServerProcess.StartInfo(arguments, environment))!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }
}
