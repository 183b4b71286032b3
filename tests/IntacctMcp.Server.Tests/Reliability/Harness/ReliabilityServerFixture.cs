using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>
/// One sandbox (in-process, real loopback HTTP) and one real <c>intacct-mcp http</c> process in front of it, shared by
/// the tests of a class. Subclasses choose companies, sandbox options and client settings. On disposal the server's
/// log and every tool result the class saw are scanned for the suite's secrets.
/// </summary>
public abstract class ReliabilityServerFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _clientGate = new(1, 1);
    private McpClient? _client;
    private RawMcpClient? _raw;

    internal SandboxServer Sandbox { get; private set; } = null!;

    internal ServerProcess Server { get; private set; } = null!;

    internal IReadOnlyList<ReliabilityCompany> Companies { get; private set; } = [];

    internal ReliabilityCompany Company => Companies[0];

    internal string? ApiKey { get; private set; }

    /// <summary>Gets a client for hand-made HTTP requests to the server.</summary>
    internal RawMcpClient Raw => _raw ??= new RawMcpClient(Server.Endpoint!, ApiKey);

    protected abstract string Label { get; }

    protected virtual IReadOnlyList<string> CompanyNames => ["reliab"];

    protected virtual bool UseApiKey => false;

    protected virtual IReadOnlyList<string> Arguments => ["--allow-writes"];

    protected virtual Dictionary<string, string> CompanySettings => ServerSettings.FastFailing();

    protected virtual Dictionary<string, string> Configuration => new(StringComparer.Ordinal);

    /// <summary>Gets the server's log level; fault fixtures log more, so that the secret scan sees the retry and token paths.</summary>
    protected virtual string LogLevel => "Information";

    public virtual async ValueTask InitializeAsync()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        Companies = [.. CompanyNames.Select(ReliabilityCompany.Create)];
        var options = new SandboxOptions { RateLimitEnabled = false };
        foreach (var company in Companies)
        {
            options.ExtraCompanies.Add(new SandboxCompanyOptions
            {
                CompanyId = company.CompanyId,
                ClientId = company.ClientId,
                ClientSecret = company.ClientSecret,
                UserId = company.UserId,
            });
        }

        ConfigureSandbox(options);
        Sandbox = await SandboxServer.StartAsync(options, cancellationToken);
        ApiKey = UseApiKey ? ServerSettings.NewApiKey() : null;
        Server = await ServerProcess.StartHttpAsync(Label, new ServerSettings
        {
            ApiBaseUrl = Sandbox.ApiBaseUrl,
            Companies = Companies,
            CompanySettings = CompanySettings,
            Configuration = Configuration,
            Arguments = Arguments,
            ApiKey = ApiKey,
            LogLevel = LogLevel,
        }, cancellationToken);

        // The first call fetches the token; tests then start from a warm server.
        var warm = await CallAsync("test_connection", new JsonObject(), TimeSpan.FromSeconds(60));
        Assert.True(warm.Succeeded, $"test_connection failed on a healthy sandbox: {warm}\n{Server.Tail()}");
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_client is not null)
        {
            await _client.DisposeAsync();
        }

        if (Server is not null)
        {
            await Server.DisposeAsync();
        }

        if (Sandbox is not null)
        {
            await Sandbox.DisposeAsync();
        }

        _clientGate.Dispose();
        _raw?.Dispose();
        var leaks = SecretLedger.ScanSource(Label);
        Assert.True(leaks.Count == 0, $"Secrets or tokens in what {Label} said:\n{string.Join('\n', leaks)}");
        GC.SuppressFinalize(this);
    }

    protected virtual void ConfigureSandbox(SandboxOptions options)
    {
    }

    internal async Task<McpClient> ClientAsync(CancellationToken cancellationToken)
    {
        await _clientGate.WaitAsync(cancellationToken);
        try
        {
            return _client ??= await McpConnections.ConnectHttpAsync(Server.Endpoint!, ApiKey, cancellationToken);
        }
        finally
        {
            _clientGate.Release();
        }
    }

    /// <summary>Calls a tool with a bound; never throws for a failed call, so that every outcome can be classified.</summary>
    internal async Task<ToolCallResult> CallAsync(string tool, JsonObject arguments, TimeSpan bound)
    {
        var watch = Stopwatch.StartNew();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(bound);
        ToolCallResult result;
        try
        {
            var client = await ClientAsync(timeout.Token);
            var call = await client.CallToolAsync(tool, ToolArguments(arguments), cancellationToken: timeout.Token);
            result = new ToolCallResult(true, call.IsError == true, ToolText.Of(call), null, watch.Elapsed.TotalMilliseconds);
        }
        catch (McpProtocolException ex)
        {
            result = new ToolCallResult(true, true, ex.Message, null, watch.Elapsed.TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            await ResetClientAsync();
            result = new ToolCallResult(false, true, $"no answer within {bound.TotalSeconds:0} s", "timeout", watch.Elapsed.TotalMilliseconds);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or McpException or InvalidOperationException)
        {
            // A transport-level refusal (e.g. 413): the case is judged on the message; the next call gets a fresh client.
            await ResetClientAsync();
            result = new ToolCallResult(true, true, ex.Message, ex.GetType().Name, watch.Elapsed.TotalMilliseconds);
        }

        SecretLedger.Observe($"{Label} {tool} result", result.Text);
        return result;
    }

    /// <summary>Checks the server is alive and answering MCP: a well-formed ping (protocol 2025-11-25) on a raw connection.</summary>
    internal async Task<bool> AnswersAsync()
    {
        if (Server.HasExited)
        {
            return false;
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            var response = await Raw.SendJsonRpcAsync("ping", null, timeout.Token);
            return response.Status == 200 && response.HasResult;
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    internal SandboxCounters Counters(ReliabilityCompany? company = null) => Sandbox.Control.GetCounters((company ?? Company).CompanyId);

    internal void SetFaults(SandboxFaults faults, ReliabilityCompany? company = null) => Sandbox.Control.SetFaults(faults, (company ?? Company).CompanyId);

    internal void ClearFaults() => Sandbox.Control.ClearFaults();

    private static Dictionary<string, object?> ToolArguments(JsonObject arguments) =>
        arguments.ToDictionary(p => p.Key, p => p.Value is null ? null : (object?)JsonSerializer.SerializeToElement(p.Value));

    private async Task ResetClientAsync()
    {
        var client = _client;
        _client = null;
        if (client is not null)
        {
            try
            {
                await client.DisposeAsync();
            }
            catch (Exception)
            {
                // The connection is already broken; a new client is made on the next call.
            }
        }
    }
}
