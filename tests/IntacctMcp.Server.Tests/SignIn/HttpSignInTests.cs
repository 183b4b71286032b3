using System.Diagnostics;
using IntacctMcp.Benchmarks;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Tests.Credentials;
using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;
using Eventually = IntacctMcp.Server.Tests.Reliability.Harness.Eventually;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>The HTTP server (token persistence off, its default) serving a regular user's company: it acts as the person who signed in and logs who.</summary>
public sealed class HttpSignInTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task HttpServer_SignedInCompany_CallsRunAsThePersonAndTheLogSaysWho()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        await using (var login = env.StartLogin())
        {
            using var browser = new ConsentBrowser();
            await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId);
            Assert.True(await login.ExitAsync() == 0, login.Error);
        }

        var key = ApiKeys.Create();
        var port = LoopbackPort.Free();
        var variables = env.Variables;
        variables["INTACCT_MCP_Http__ApiKeys__0__Name"] = "assistant";
        variables["INTACCT_MCP_Http__ApiKeys__0__Sha256"] = ApiKeys.Hash(key);
        variables["INTACCT_MCP_Http__ApiKeys__0__Scopes__0"] = "read";
        variables["INTACCT_MCP_Serilog__MinimumLevel__Default"] = "Information";
        var logs = new List<string>();
        using var process = Process.Start(ServerProcess.StartInfo(["http", "--urls", $"http://127.0.0.1:{port}"], variables))!;
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (logs)
                {
                    logs.Add(e.Data);
                }
            }
        };
        process.BeginErrorReadLine();
        try
        {
            await WaitHealthyAsync(port);
            var transport = new HttpClientTransport(new HttpClientTransportOptions
            {
                Endpoint = new Uri($"http://127.0.0.1:{port}/mcp"),
                TransportMode = HttpTransportMode.StreamableHttp,
                AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + key },
            });
            await using var client = await McpClient.CreateAsync(transport, cancellationToken: Ct);

            var result = await client.CallToolAsync("test_connection", new Dictionary<string, object?>(), cancellationToken: Ct);

            var text = string.Join('\n', result.Content.OfType<TextContentBlock>().Select(b => b.Text));
            Assert.True(result.IsError != true, text);
            Assert.Contains("as the signed-in regular user jsmith", text, StringComparison.Ordinal);
            Assert.True(await Eventually.WaitUntilAsync(() =>
            {
                lock (logs)
                {
                    return logs.Any(l => l.Contains("runs as Sage user jsmith", StringComparison.Ordinal));
                }
            }, TimeSpan.FromSeconds(5), Ct), "The log never said the call runs as jsmith.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static async Task WaitHealthyAsync(int port)
    {
        using var http = new HttpClient();
        for (var i = 0; i < 300; i++)
        {
            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), Ct);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("The HTTP server did not become healthy.");
    }
}
