using System.Net;
using System.Net.Sockets;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Credentials;
using IntacctMcp.Server.Tests.TestSupport;
using Xunit;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>Each way a <c>login</c> goes wrong: one line naming the problem and the fix, a non-zero exit, nothing stored.</summary>
public sealed class LoginErrorTests : IDisposable
{
    private readonly TempHome _home = new();

    public void Dispose() => _home.Dispose();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_CallbackWithWrongState_RefusedWithOneLine()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await using var login = env.StartLogin();

        var (status, page) = await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId, tamper: WithState("forged"));

        Assert.Equal(1, await login.ExitAsync());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("wrong state", page, StringComparison.Ordinal);
        AssertOneLine(login.Error, "the sign-in callback carried the wrong state");
        Assert.Equal(0, sandbox.Control.GetCounters().CodeExchanges);
        Assert.Null(await env.StoredAsync());
    }

    [Fact]
    public async Task Login_HttpsRedirect_PastedAddressSignsIn()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await using var login = LoginProcess.Start(SignInEnvironment.LoginArguments("--https-redirect"), env.Variables, keepInputOpen: true);
        var url = await login.UrlAsync();

        // Sage redirects to https://127.0.0.1:<port>/callback, which the plain listener cannot serve: the person pastes it.
        var redirect = await browser.ConsentAsync(url, SandboxDemo.RegularUserId);
        await login.TypeAsync(redirect.AbsoluteUri);

        Assert.True(await login.ExitAsync() == 0, login.Error);
        Assert.Equal(Uri.UriSchemeHttps, redirect.Scheme);
        Assert.StartsWith("https://127.0.0.1:", Parameter(new Uri(url), "redirect_uri"), StringComparison.Ordinal);
        Assert.Contains("Signed in to acme: Sage user jsmith", login.Output, StringComparison.Ordinal);
        Assert.NotNull(await env.StoredAsync());
    }

    [Fact]
    public async Task Login_CallbackWithoutCode_SaysSoInOneLine()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await using var login = env.StartLogin();
        var url = new Uri(await login.UrlAsync());

        var callback = new Uri(Parameter(url, "redirect_uri") + "?state=" + Uri.EscapeDataString(Parameter(url, "state")));
        var (status, _) = await browser.FollowAsync(callback);

        Assert.Equal(1, await login.ExitAsync());
        Assert.Equal(HttpStatusCode.BadRequest, status);
        AssertOneLine(login.Error, "the sign-in callback carried no code");
    }

    [Fact]
    public async Task Login_Denied_SaysToChooseAllow()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await using var login = env.StartLogin();

        await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId, decision: "deny");

        Assert.Equal(1, await login.ExitAsync());
        AssertOneLine(login.Error, "the sign-in was declined in Sage");
    }

    [Fact]
    public async Task Login_NobodySignsIn_TimesOutWithOneLine()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        await using var login = env.StartLogin("--timeout", "1");

        Assert.Equal(1, await login.ExitAsync());
        AssertOneLine(login.Error, "no sign-in came back within 1 s");
    }

    [Fact]
    public async Task Login_PortInUse_SaysWhichAndHowToPickAnother()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var occupied = new TcpListener(IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((IPEndPoint)occupied.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exit, output, error) = await ServerProcess.RunAsync(["login", "--company", SignInEnvironment.Company, "--no-browser", "--port", port], env.Variables);

        Assert.Equal(1, exit);
        AssertOneLine(error, $"port {port} on 127.0.0.1 is in use");
        Assert.Contains("--port", error, StringComparison.Ordinal);
        Assert.DoesNotContain("oauth2/authorize", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_UnknownCompany_NamesTheFix()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);

        var (exit, _, error) = await ServerProcess.RunAsync(["login", "--company", "nope", "--no-browser"], env.Variables);

        Assert.Equal(2, exit);
        AssertOneLine(error, "company 'nope' is not configured (configured: acme)");
        Assert.Contains("Flow authorization_code", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_WebServicesCompany_SaysHowToSetTheFlow()
    {
        var (exit, _, error) = await ServerProcess.RunAsync(["login", "--company", "default", "--no-browser"], ServerProcess.FakeCompanyEnvironment);

        Assert.Equal(2, exit);
        AssertOneLine(error, "company 'default' uses a Web Services user");
        Assert.Contains("Intacct:Companies:default:Flow to authorization_code", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Logout_RevokesAtSageAndForgets_ThenTestConnectionAsksForASignIn()
    {
        await using var sandbox = await SandboxServer.StartAsync(cancellationToken: Ct);
        var env = new SignInEnvironment(sandbox, _home.HomePath);
        using var browser = new ConsentBrowser();
        await using (var login = env.StartLogin())
        {
            await browser.SignInAsync(await login.UrlAsync(), SandboxDemo.RegularUserId);
            Assert.True(await login.ExitAsync() == 0, login.Error);
        }

        var stored = await env.StoredAsync();
        var connected = await ServerProcess.RunAsync(["test-connection"], env.Variables);
        var logout = await ServerProcess.RunAsync(["logout", "--company", SignInEnvironment.Company], env.Variables);
        var after = await ServerProcess.RunAsync(["test-connection"], env.Variables);

        Assert.True(connected.ExitCode == 0, connected.Error);
        Assert.Contains("Sign-in:       regular user who signed in (authorization_code)", connected.Output, StringComparison.Ordinal);
        Assert.Contains("User:          jsmith", connected.Output, StringComparison.Ordinal);
        Assert.True(logout.ExitCode == 0, logout.Error);
        Assert.Contains("Signed out of 'acme' (Sage user jsmith): the stored tokens are deleted and Sage revoked its tokens.", logout.Output, StringComparison.Ordinal);
        Assert.Null(await env.StoredAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SandboxCallAsync(sandbox, stored!.AccessToken)).StatusCode);
        Assert.Equal(1, after.ExitCode);
        Assert.Contains("Company acme needs a sign-in: run `intacct-mcp login --company acme`", after.Error, StringComparison.Ordinal);
    }

    private static void AssertOneLine(string error, string expected)
    {
        var line = error.Trim();
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith("intacct-mcp login: ", line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    private static Func<Uri, Uri> WithState(string state) => redirect =>
        new Uri(redirect.GetLeftPart(UriPartial.Path) + "?" + string.Join('&', redirect.Query.TrimStart('?').Split('&')
            .Select(p => p.StartsWith("state=", StringComparison.Ordinal) ? "state=" + state : p)));

    private static string Parameter(Uri url, string name) =>
        Uri.UnescapeDataString(url.Query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).First(p => p[0] == name)[1]);

    private static async Task<HttpResponseMessage> SandboxCallAsync(SandboxServer sandbox, string accessToken)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, sandbox.ApiBaseUrl.ToString().TrimEnd('/') + "/objects/accounts-payable/vendor");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        return await http.SendAsync(request, Ct);
    }
}
