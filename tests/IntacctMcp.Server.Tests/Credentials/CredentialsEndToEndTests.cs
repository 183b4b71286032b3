using System.Diagnostics;
using System.Text;
using System.Text.Json;
using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Logging.Redaction;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.Credentials;

/// <summary>The built executable against the in-process sandbox, configured only through the encrypted store.</summary>
public sealed class CredentialsEndToEndTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Dictionary<string, string?> Environment => new() { ["INTACCT_MCP_HOME"] = _home.HomePath };

    [Fact]
    public async Task Configure_ThenTestConnection_WorksFromTheStoreAloneWithNothingPlainOnDisk()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);

        var configure = await RunAsync(ConfigureArgs(sandbox, SandboxDemo.Username), SandboxDemo.ClientSecret + "\n");
        var testConnection = await RunAsync(["test-connection"]);
        var companies = await RunAsync(["companies"]);

        Assert.True(configure.ExitCode == 0, configure.Error);
        Assert.Contains("Connection OK: Sage company DEMO", configure.Output, StringComparison.Ordinal);
        Assert.True(testConnection.ExitCode == 0, testConnection.Error);
        Assert.Contains("Token company: DEMO", testConnection.Output, StringComparison.Ordinal);
        Assert.Matches(@"Client secret\s+set\s+\[encrypted store ", companies.Output);
        var files = _home.AllFiles().ToList();
        Assert.Contains(files, f => f.File == _home.Home.CompaniesFile);
        foreach (var (file, content) in files)
        {
            foreach (var plain in new[] { SandboxDemo.ClientSecret, SandboxDemo.Username })
            {
                Assert.True(content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(plain)) < 0, $"{file} holds '{plain}' in plain text");
            }
        }

        foreach (var text in new[] { configure.Output, configure.Error, testConnection.Output, testConnection.Error, companies.Output, companies.Error })
        {
            Assert.DoesNotContain(SandboxDemo.ClientSecret, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task StdioServers_OneAfterTheOther_ShareOneTokenUntilCredentialsChange()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var configure = await RunAsync([.. ConfigureArgs(sandbox, SandboxDemo.Username), "--no-test"], SandboxDemo.ClientSecret + "\n");
        Assert.True(configure.ExitCode == 0, configure.Error);
        sandbox.Control.ResetCounters();

        await CallToolsAsync([("test_connection", null)]);
        await CallToolsAsync([("list_entities", null)]);

        Assert.Equal(1, sandbox.Control.GetCounters().TokenRequests);

        // New credentials (an entity-pinned username; the secret is kept by an empty line): the stored token is dropped.
        var reconfigure = await RunAsync(["configure", "--company", "acme", "--username", SandboxDemo.Username + "|E100", "--no-test"], "\n");
        Assert.True(reconfigure.ExitCode == 0, reconfigure.Error);
        await CallToolsAsync([("test_connection", null)]);
        await CallToolsAsync([("test_connection", null)]);

        Assert.Equal(2, sandbox.Control.GetCounters().TokenRequests);
    }

    [Fact]
    public async Task StdioServers_PersistTokensOff_EachRequestsItsOwnTokenAndNothingIsWritten()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var configure = await RunAsync([.. ConfigureArgs(sandbox, SandboxDemo.Username), "--no-test"], SandboxDemo.ClientSecret + "\n");
        Assert.True(configure.ExitCode == 0, configure.Error);
        sandbox.Control.ResetCounters();
        var environment = new Dictionary<string, string?>(Environment) { ["INTACCT_MCP_Store__PersistTokens"] = "false" };

        await CallToolsAsync([("test_connection", null)], environment);
        await CallToolsAsync([("test_connection", null)], environment);

        Assert.Equal(2, sandbox.Control.GetCounters().TokenRequests);
        Assert.False(Directory.Exists(_home.Home.TokensDirectory) && Directory.EnumerateFiles(_home.Home.TokensDirectory).Any());
    }

    [Fact]
    public async Task StdioServer_RepresentativeScenario_NoSecretOrTokenInAnyLogLineOrToolResult()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var configure = await RunAsync(ConfigureArgs(sandbox, SandboxDemo.Username), SandboxDemo.ClientSecret + "\n");
        Assert.True(configure.ExitCode == 0, configure.Error);

        // Expire the token the connection test stored, so the server fetches (and logs about) a new one, then is refused once.
        sandbox.Control.ExpireTokens();
        var (results, logLines) = await CallToolsAsync(
        [
            ("list_companies", null),
            ("test_connection", null),
            ("list_vendors", new Dictionary<string, object?> { ["limit"] = 3 }),
            ("query", new Dictionary<string, object?> { ["object"] = "accounts-payable/bill", ["fields"] = new[] { "id", "totalTxnAmountDue" }, ["limit"] = 2 }),
            ("get_vendor", new Dictionary<string, object?> { ["vendorId"] = "NO-SUCH-VENDOR" }),
            ("call_sage_endpoint", new Dictionary<string, object?> { ["method"] = "GET", ["path"] = "/objects/no-such/object" }),
        ], null, "--log-level", "verbose");

        var token = await StoredTokenAsync(sandbox);
        Assert.NotEmpty(logLines);
        Assert.Contains(results, r => r.Contains("DEMO", StringComparison.Ordinal));
        var everything = results.Concat(logLines).ToList();
        foreach (var line in everything)
        {
            Assert.DoesNotContain(SandboxDemo.ClientSecret, line, StringComparison.Ordinal);
            Assert.DoesNotContain(token, line, StringComparison.Ordinal);
            Assert.DoesNotMatch("(?i)authorization\"?\\s*[:=]\\s*\"?bearer\\s+(?!\\*\\*\\*)", line);
        }
    }

    private static string[] ConfigureArgs(SandboxServer sandbox, string username) =>
    [
        "configure", "--company", "acme", "--client-id", SandboxDemo.ClientId, "--username", username,
        "--base-url", sandbox.ApiBaseUrl.ToString().TrimEnd('/'), "--client-secret-stdin",
    ];

    // The token the last server stored, decrypted with the store's own key ring (the fingerprint is the client's).
    private async Task<string> StoredTokenAsync(SandboxServer sandbox)
    {
        var options = new IntacctCompanyOptions
        {
            ClientId = SandboxDemo.ClientId,
            ClientSecret = SandboxDemo.ClientSecret,
            Username = SandboxDemo.Username,
            BaseUrl = sandbox.ApiBaseUrl.ToString().TrimEnd('/'),
        };
        var store = new DataProtectionTokenStore(_home.NewProtection(), TimeProvider.System, new SecretRedactor(), new CapturingLogger<DataProtectionTokenStore>());
        var token = await store.GetAsync("acme", IntacctCredentialFingerprint.Compute(options), Ct);
        Assert.NotNull(token);
        return token.AccessToken;
    }

    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, string stdin = "")
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        using var process = Process.Start(ServerProcess.StartInfo(arguments, Environment))!;
        await process.StandardInput.WriteAsync(stdin.AsMemory(), timeout.Token);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private async Task<(List<string> Results, List<string> LogLines)> CallToolsAsync(
        IReadOnlyList<(string Name, Dictionary<string, object?>? Arguments)> calls,
        Dictionary<string, string?>? environment = null,
        params string[] extraArguments)
    {
        var logLines = new List<string>();
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio", .. extraArguments],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = environment ?? Environment,
            StandardErrorLines = line => { lock (logLines) { logLines.Add(line); } },
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        var results = new List<string>();
        await using (var client = await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct))
        {
            foreach (var (name, arguments) in calls)
            {
                var result = await client.CallToolAsync(name, arguments, cancellationToken: Ct);
                results.Add(JsonSerializer.Serialize(result));
            }
        }

        lock (logLines)
        {
            return (results, [.. logLines]);
        }
    }
}
