using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Credentials;
using IntacctMcp.Server.Tests.SignIn;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>A regular user's sign-in shared by replicas: <c>login --redis</c> reaches all of them, and its rotating refresh token is spent once.</summary>
public sealed class SharedSignInTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    private readonly TempHome _loginHome = new();

    public void Dispose() => _loginHome.Dispose();

    [Fact]
    public async Task LoginWithRedis_ReplicasWithoutThatHomeActAsThePerson_AndAnExpiredTokenIsRefreshedOnceForAll()
    {
        var ct = TestContext.Current.CancellationToken;
        var prefix = RedisFixture.NewPrefix();
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, ct);
        var env = new SignInEnvironment(sandbox, _loginHome.HomePath);
        var variables = env.Variables;
        foreach (var (name, value) in redis.Settings(prefix, 2))
        {
            variables["INTACCT_MCP_" + name.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        await using (var login = LoginProcess.Start(SignInEnvironment.LoginArguments(), variables))
        {
            using var browser = new ConsentBrowser();
            await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId);
            Assert.True(await login.ExitAsync() == 0, login.Error);
            Assert.Contains("and in Redis for every replica", login.Output, StringComparison.Ordinal);
        }

        var acme = new Dictionary<string, string?>
        {
            ["Intacct:DefaultCompany"] = SignInEnvironment.Company,
            [$"Intacct:Companies:{SignInEnvironment.Company}:Flow"] = "authorization_code",
            [$"Intacct:Companies:{SignInEnvironment.Company}:ClientId"] = SandboxDemo.PublicClientId,
            [$"Intacct:Companies:{SignInEnvironment.Company}:BaseUrl"] = env.BaseUrl,
            ["Http:ApiKeys:0:Companies:0"] = SignInEnvironment.Company,
        };
        await using var cluster = await ReplicaCluster.StartAsync(sandbox, 2, redis.Settings(prefix, 2), acme);
        sandbox.Control.ResetCounters();

        var before = await Task.WhenAll(cluster.CallAsync(0, "test_connection"), cluster.CallAsync(1, "test_connection"));
        sandbox.Control.ExpireTokens();
        var after = await Task.WhenAll(cluster.CallAsync(0, "test_connection"), cluster.CallAsync(1, "test_connection"));

        Assert.All(before.Concat(after), r => Assert.Contains("as the signed-in regular user jsmith", Text(r), StringComparison.Ordinal));
        Assert.Equal(1, sandbox.Control.GetCounters().Refreshes);
    }

    private static string Text(CallToolResult result) => string.Concat(result.Content.OfType<TextContentBlock>().Select(t => t.Text));
}
