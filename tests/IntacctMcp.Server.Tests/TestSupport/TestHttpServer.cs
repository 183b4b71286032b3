using IntacctMcp.Server.Hosting;
using IntacctMcp.Server.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

using Xunit;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>The real HTTP host, started in-process on 127.0.0.1 with a free port.</summary>
internal sealed class TestHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestHttpServer(WebApplication app, Uri root)
    {
        _app = app;
        Root = root;
    }

    public Uri Root { get; }

    public Uri Endpoint => new(Root, "mcp");

    public IServiceProvider Services => _app.Services;

    public static async Task<TestHttpServer> StartAsync(
        IDictionary<string, string?>? settings = null,
        Action<IMcpServerBuilder>? configureMcp = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["Http:Urls"] = "http://127.0.0.1:0",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var customization = new ServerCustomization
        {
            ConfigureMcp = configureMcp ?? (mcp => mcp.WithTools<TestTools>()),
            ConfigureServices = configureServices,
        };
        var app = HttpServerHost.Build(configuration, customization);
        await app.StartAsync(TestContext.Current.CancellationToken);
        return new TestHttpServer(app, new Uri(app.Urls.First() + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
