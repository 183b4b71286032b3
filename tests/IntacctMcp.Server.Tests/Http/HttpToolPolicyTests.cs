using IntacctMcp.Server.Tests.TestSupport;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Http;

/// <summary>The real Intacct tools behind HTTP authentication: callers see and may call only what their scopes allow.</summary>
public sealed class HttpToolPolicyTests
{
    private static readonly string[] WriteTools = ["create_bill", "create_invoice", "create_journal_entry"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ToolsList_ReadKey_HidesWriteToolsThatWriteKeySees()
    {
        await using var server = await StartAsync();

        var readerTools = (await ListToolsAsync(server, TestCredentials.ReadKey)).Select(t => t.Name).ToList();
        var writerTools = (await ListToolsAsync(server, TestCredentials.WriteKey)).Select(t => t.Name).ToList();

        Assert.All(WriteTools, name => Assert.Contains(name, writerTools));
        Assert.All(WriteTools, name => Assert.DoesNotContain(name, readerTools));
        Assert.Contains("query", readerTools);
    }

    [Fact]
    public async Task CallTool_ReadKeyCallsWriteTool_RefusedForMissingScope()
    {
        await using var server = await StartAsync();
        await using var client = await ConnectAsync(server, TestCredentials.ReadKey);

        var result = await client.CallToolAsync(
            "create_bill",
            new Dictionary<string, object?> { ["vendorId"] = "V1001", ["amount"] = 10 },
            cancellationToken: Ct);

        Assert.True(result.IsError);
        Assert.Contains("intacct:write", Assert.IsType<TextContentBlock>(result.Content[0]).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallTool_CompanyOutsideKey_Refused()
    {
        await using var server = await StartAsync();
        await using var client = await ConnectAsync(server, TestCredentials.WriteKey);

        var result = await client.CallToolAsync("describe_object", new Dictionary<string, object?> { ["objectName"] = "accounts-payable/vendor", ["company"] = "other" }, cancellationToken: Ct);

        Assert.True(result.IsError);
        Assert.Contains("do not allow company 'other'", Assert.IsType<TextContentBlock>(result.Content[0]).Text, StringComparison.Ordinal);
    }

    private static Task<TestHttpServer> StartAsync()
    {
        var settings = TestCredentials.Settings();
        settings["Tools:AllowWrites"] = "true";
        foreach (var company in new[] { "acme", "other" })
        {
            settings[$"Intacct:Companies:{company}:ClientId"] = "id";
            settings[$"Intacct:Companies:{company}:ClientSecret"] = "secret";
            settings[$"Intacct:Companies:{company}:Username"] = $"ai-api@{company.ToUpperInvariant()}";
            settings[$"Intacct:Companies:{company}:BaseUrl"] = "http://127.0.0.1:9/ia/api/v1";
        }

        settings["Intacct:DefaultCompany"] = "acme";
        return TestHttpServer.StartAsync(settings, configureMcp: _ => { });
    }

    private static async Task<IList<McpClientTool>> ListToolsAsync(TestHttpServer server, string key)
    {
        await using var client = await ConnectAsync(server, key);
        return await client.ListToolsAsync(cancellationToken: Ct);
    }

    private static Task<McpClient> ConnectAsync(TestHttpServer server, string key)
    {
        var options = new HttpClientTransportOptions
        {
            Endpoint = server.Endpoint,
            TransportMode = HttpTransportMode.StreamableHttp,
            AdditionalHeaders = new Dictionary<string, string> { ["Authorization"] = "Bearer " + key },
        };
        return McpClient.CreateAsync(new HttpClientTransport(options), new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: Ct);
    }
}
