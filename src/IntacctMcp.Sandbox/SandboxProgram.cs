
namespace IntacctMcp.Sandbox;

/// <summary>The standalone entry point: <c>dotnet run --project src/IntacctMcp.Sandbox -- --urls http://127.0.0.1:5080</c>.</summary>
internal static class SandboxProgram
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static async Task RunAsync(string[] args)
    {
        var configuration = new ConfigurationBuilder().AddCommandLine(args).AddEnvironmentVariables("ASPNETCORE_").Build();
        var options = new SandboxOptions
        {
            Urls = configuration["urls"] ?? DefaultUrls,
            Quiet = false,
            RateLimitEnabled = true,
        };
        using var state = new SandboxState(options);
        await using var app = SandboxServer.Build(state, args);
        await app.StartAsync();
        foreach (var address in app.Urls)
        {
            await Console.Out.WriteLineAsync(
                $"Sage Intacct sandbox listening on {address}{SandboxPaths.ApiPrefix}  demo credentials: client_id={SandboxDemo.ClientId} client_secret={SandboxDemo.ClientSecret} username={SandboxDemo.Username}");
            await Console.Out.WriteLineAsync(
                $"  regular-user sign-in: {address}{SandboxPaths.ApiPrefix}/oauth2/authorize  public client_id={SandboxDemo.PublicClientId} (PKCE S256)  users={SandboxDemo.RegularUserId},{SandboxDemo.SecondRegularUserId}@{SandboxDemo.CompanyId}");
        }

        await app.WaitForShutdownAsync();
    }
}
