using System.Net;
using System.Text.RegularExpressions;
using Xunit;

namespace IntacctMcp.Server.Tests.SignIn;

/// <summary>Plays the person's browser: opens the printed sign-in URL, submits the sandbox's consent form, follows the redirect to the callback.</summary>
internal sealed partial class ConsentBrowser : IDisposable
{
    private readonly HttpClient _http = new(new HttpClientHandler { AllowAutoRedirect = false }) { Timeout = TimeSpan.FromSeconds(30) };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Signs in as <paramref name="user"/> and returns the callback's page (status and text).</summary>
    public async Task<(HttpStatusCode Status, string Page)> SignInAsync(string url, string user, string decision = "allow", Func<Uri, Uri>? tamper = null)
    {
        var redirect = await ConsentAsync(url, user, decision);
        return await FollowAsync(tamper?.Invoke(redirect) ?? redirect);
    }

    /// <summary>Submits the consent form and returns where Sage redirects the browser (without going there).</summary>
    public async Task<Uri> ConsentAsync(string url, string user, string decision = "allow")
    {
        using var page = await _http.GetAsync(url, Ct);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.True(page.StatusCode == HttpStatusCode.OK, html);
        var action = WebUtility.HtmlDecode(FormAction().Match(html).Groups[1].Value);
        var fields = Inputs().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value), StringComparer.Ordinal);
        fields["user_id"] = user;
        fields["decision"] = decision;
        using var answer = await _http.PostAsync(action, new FormUrlEncodedContent(fields), Ct);
        Assert.True(answer.StatusCode == HttpStatusCode.Found, await answer.Content.ReadAsStringAsync(Ct));
        return answer.Headers.Location!;
    }

    /// <summary>Goes to a URL (the loopback callback) and returns status and body.</summary>
    public async Task<(HttpStatusCode Status, string Page)> FollowAsync(Uri target)
    {
        using var response = await _http.GetAsync(target, Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\">")]
    private static partial Regex FormAction();

    [GeneratedRegex("<input type=\"(?:hidden|text)\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex Inputs();
}
