using System.Net;
using System.Text;
using System.Text.Json;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Credentials;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>
/// Issue 21 end to end: <c>intacct-mcp login</c> as a process (the test follows the printed URL instead of a browser),
/// then tool calls over stdio as the signed-in person against the sandbox; expiry, rotation, revocation, no secret in the clear.
/// </summary>
public sealed class LoginEndToEndTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_ThenStdioAsThatUser_OneRefreshAfterExpiry_RevokedAsksToSignInAgain_NoTokenInTheClear()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();

        // login: the printed URL, the consent form as jsmith, the redirect to the loopback callback.
        await using var login = env.StartLogin();
        var (status, page) = await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId);
        var exit = await login.ExitAsync();

        Assert.True(exit == 0, login.Error);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("You can close this tab", page, StringComparison.Ordinal);
        Assert.Contains("Signed in to acme: Sage user jsmith, company DEMO, entity top level", login.Output, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Control.GetCounters().CodeExchanges);
        var signedIn = await env.StoredAsync();
        Assert.NotNull(signedIn?.RefreshToken);
        Assert.Equal(SandboxDemo.RegularUserId, signedIn.UserId);

        var logLines = new List<string>();
        await using (var client = await StdioClientAsync(env, logLines))
        {
            // The stored access token is used as it is: no refresh yet.
            var connection = await CallAsync(client, "test_connection");
            Assert.True(connection.IsError != true, Text(connection));
            Assert.Contains("as the signed-in regular user jsmith", Text(connection), StringComparison.Ordinal);
            Assert.Equal(0, sandbox.Control.GetCounters().Refreshes);

            // Every access token expires: exactly one refresh, and the calls go on.
            sandbox.Control.ExpireTokens();
            var calls = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => CallAsync(client, "list_vendors")));
            Assert.All(calls, c => Assert.True(c.IsError != true, Text(c)));
            Assert.Equal(1, sandbox.Control.GetCounters().Refreshes);

            // The rotated refresh token is in the store before it was used.
            var rotated = await env.StoredAsync();
            Assert.NotNull(rotated?.RefreshToken);
            Assert.NotEqual(signedIn.RefreshToken, rotated.RefreshToken);

            // Revoking the sign-in at Sage (its whole token pool): the next call says to sign in again, and why.
            Assert.True(await RevokeAsync(sandbox, rotated.RefreshToken!));
            var refused = await CallAsync(client, "list_vendors");
            Assert.True(refused.IsError == true);
            Assert.Contains("Company acme needs a new sign-in: run `intacct-mcp login --company acme`", Text(refused), StringComparison.Ordinal);
            Assert.Contains("revoked", Text(refused), StringComparison.Ordinal);
            Assert.Contains("one live sign-in per user and company", Text(refused), StringComparison.Ordinal);

            // The error is the same on the next call, without asking Sage again with the refused token.
            var refreshes = sandbox.Control.GetCounters().Refreshes;
            Assert.True((await CallAsync(client, "list_vendors")).IsError == true);
            Assert.Equal(refreshes, sandbox.Control.GetCounters().Refreshes);

            var secrets = new[] { signedIn.AccessToken, signedIn.RefreshToken!, rotated.AccessToken, rotated.RefreshToken! };
            string logs;
            lock (logLines)
            {
                logs = string.Join('\n', logLines);
            }

            Assert.Contains("runs as Sage user jsmith", logs, StringComparison.Ordinal);
            foreach (var secret in secrets)
            {
                foreach (var text in new[] { logs, login.Output, login.Error, Text(connection), Text(refused) })
                {
                    Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
                }

                foreach (var (file, content) in _home.AllFiles())
                {
                    Assert.True(content.AsSpan().IndexOf(Encoding.UTF8.GetBytes(secret)) < 0, $"{file} holds a token in plain text");
                }
            }
        }
    }

    [Fact]
    public async Task SecondLogin_WhileAServerRuns_TheServerTakesTheNewSignInFromTheStore()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await LoginAsync(env, browser, SandboxDemo.RegularUserId);

        var logLines = new List<string>();
        await using var client = await StdioClientAsync(env, logLines);
        Assert.True((await CallAsync(client, "list_vendors")).IsError != true);

        // The server's access token expires, and a new sign-in of the same user revokes the first one at Sage (one live
        // sign-in per user and company): the server must read the store again rather than refresh with its dead token.
        sandbox.Control.ExpireTokens();
        await LoginAsync(env, browser, SandboxDemo.SecondRegularUserId);
        sandbox.Control.ResetCounters();

        var call = await CallAsync(client, "test_connection");
        Assert.True(call.IsError != true, Text(call));
        Assert.Contains("as the signed-in regular user mlee", Text(call), StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Control.GetCounters().Refreshes);
    }

    private static async Task LoginAsync(SignInEnvironment env, ConsentBrowser browser, string user)
    {
        await using var login = env.StartLogin();
        await browser.SignInAsync(await login.UrlAsync(), user);
        Assert.True(await login.ExitAsync() == 0, login.Error);
    }

    private static async Task<McpClient> StdioClientAsync(SignInEnvironment env, List<string> logLines)
    {
        var environment = env.Variables;
        environment["INTACCT_MCP_Serilog__MinimumLevel__Default"] = "Information";
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Command = "dotnet",
            Arguments = [ServerProcess.DllPath, "stdio"],
            WorkingDirectory = AppContext.BaseDirectory,
            EnvironmentVariables = environment,
            StandardErrorLines = line =>
            {
                lock (logLines)
                {
                    logLines.Add(line);
                }
            },
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions(), cancellationToken: Ct);
    }

    private static Task<CallToolResult> CallAsync(McpClient client, string tool) =>
        client.CallToolAsync(tool, new Dictionary<string, object?>(), cancellationToken: Ct).AsTask();

    private static string Text(CallToolResult result) =>
        string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text)) + JsonSerializer.Serialize(result.StructuredContent);

    private static async Task<bool> RevokeAsync(SandboxServer sandbox, string token)
    {
        using var http = new HttpClient();
        using var response = await http.PostAsync(
            new Uri(sandbox.ApiBaseUrl.ToString().TrimEnd('/') + "/oauth2/revoke"),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }),
            Ct);
        return response.IsSuccessStatusCode;
    }
}
