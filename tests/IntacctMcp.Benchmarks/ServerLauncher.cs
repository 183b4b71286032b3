using System.Diagnostics;
using System.Net;
using IntacctMcp.Sandbox;
using ModelContextProtocol.Client;

namespace IntacctMcp.Benchmarks;

/// <summary>Starts the real <c>intacct-mcp</c> executable against a sandbox: over stdio through the SDK's client, or as an HTTP server.</summary>
internal sealed class ServerLauncher(string homeDirectory)
{
    public const string CompanyName = "bench";

    public static string ServerDll { get; } = Path.Combine(AppContext.BaseDirectory, "intacct-mcp.dll");

    /// <summary>Gets the <c>INTACCT_MCP_HOME</c> of the servers this launcher starts.</summary>
    public string HomeDirectory { get; } = homeDirectory;

    /// <summary>A launcher whose servers have a home of their own (a replica on another machine shares no files).</summary>
    public ServerLauncher ForReplica(string name) => new(Directory.CreateDirectory(Path.Combine(HomeDirectory, name)).FullName);

    /// <summary>The environment of a desktop-style configuration pointing at <paramref name="sandbox"/>, with the given client-side limits.</summary>
    public Dictionary<string, string?> Environment(SandboxServer sandbox, ClientLimits limits) => new()
    {
        ["INTACCT_CLIENT_ID"] = SandboxDemo.ClientId,
        ["INTACCT_CLIENT_SECRET"] = SandboxDemo.ClientSecret,
        ["INTACCT_USERNAME"] = SandboxDemo.Username,
        ["INTACCT_BASE_URL"] = sandbox.ApiBaseUrl.ToString(),
        ["INTACCT_COMPANY_NAME"] = CompanyName,
        [$"INTACCT_MCP_Intacct__Companies__{CompanyName}__RequestsPerMinute"] = limits.RequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"INTACCT_MCP_Intacct__Companies__{CompanyName}__Burst"] = limits.Burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"INTACCT_MCP_Intacct__Companies__{CompanyName}__MaxConcurrency"] = limits.MaxConcurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["INTACCT_MCP_HOME"] = HomeDirectory,
        ["INTACCT_MCP_Store__PersistTokens"] = "false",
        ["INTACCT_MCP_Serilog__MinimumLevel__Default"] = "Warning",
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
    };

    /// <summary>Starts the server over stdio and connects the SDK client (initialize or discover included).</summary>
    public static async Task<McpClient> StartStdioAsync(Dictionary<string, string?> environment, IEnumerable<string> arguments, CancellationToken cancellationToken, string? serverDll = null)
    {
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "intacct-mcp",
            Command = "dotnet",
            Arguments = [serverDll ?? ServerDll, "stdio", .. arguments],
            EnvironmentVariables = environment,
            ShutdownTimeout = TimeSpan.FromSeconds(10),
        });
        return await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: cancellationToken);
    }

    /// <summary>Starts <c>intacct-mcp http</c> on a free loopback port and waits until <c>/healthz</c> answers.</summary>
    /// <param name="environment">The server's environment.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <param name="serverDll">Another build of the server (a before/after comparison); the one beside this program by default.</param>
    /// <param name="arguments">More arguments after <c>http --urls …</c> (e.g. <c>--redis HOST:PORT</c>).</param>
    public static async Task<HttpServerProcess> StartHttpAsync(
        Dictionary<string, string?> environment, CancellationToken cancellationToken, string? serverDll = null, IEnumerable<string>? arguments = null)
    {
        var port = LoopbackPort.Free();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { serverDll ?? ServerDll, "http", "--urls", $"http://127.0.0.1:{port}" }.Concat(arguments ?? []))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start intacct-mcp http.");
        var errors = new ServerErrorLog();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { } line)
            {
                errors.Add(line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var baseUrl = new Uri($"http://127.0.0.1:{port}");
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process.HasExited)
            {
                process.WaitForExit(TimeSpan.FromSeconds(2)); // lets the last stderr lines arrive
                throw new InvalidOperationException($"intacct-mcp http exited with code {process.ExitCode} before it listened: {string.Join(" | ", errors.Last)}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(baseUrl, "/healthz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return new HttpServerProcess(process, new Uri(baseUrl, "/mcp"), errors);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: poll again below.
            }

            await Task.Delay(100, cancellationToken);
        }

        process.Kill(entireProcessTree: true);
        throw new TimeoutException("intacct-mcp http did not answer /healthz within 60 s.");
    }

    /// <summary>Connects the SDK client to an HTTP server (stateless Streamable HTTP; the default client probes 2026-07-28).</summary>
    public static async Task<McpClient> ConnectHttpAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var transport = new HttpClientTransport(new HttpClientTransportOptions { Endpoint = endpoint, TransportMode = HttpTransportMode.StreamableHttp });
        return await McpClient.CreateAsync(transport, new McpClientOptions { DiscoverProbeTimeout = TimeSpan.FromSeconds(30) }, cancellationToken: cancellationToken);
    }
}
