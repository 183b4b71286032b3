using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Data;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Services;

public sealed class TrialBalanceReportTests(FixedDateSandboxFixture fixture) : IClassFixture<FixedDateSandboxFixture>
{
    [Fact]
    public async Task TrialBalance_ForQ1_IsAcceptedCompletesAndBalances()
    {
        var started = await fixture.Client.PostAsync("services/reports/general-ledger/trial-balance", Q1());
        var reportId = started.Result["reportId"]!.GetValue<string>();
        var status = await fixture.Client.GetAsync("services/reports/status?reportId=" + reportId);
        var download = await fixture.Client.GetAsync("services/reports/download?reportId=" + reportId);

        Assert.Equal(HttpStatusCode.Accepted, started.Status);
        Assert.Equal("completed", status.Result["status"]!.GetValue<string>());
        var totals = download.Result["totals"]!;
        Assert.Equal(totals["debitAmount"]!.GetValue<string>(), totals["creditAmount"]!.GetValue<string>());
        Assert.Equal(totals["endingDebit"]!.GetValue<string>(), totals["endingCredit"]!.GetValue<string>());
        var rows = download.Result["rows"]!.AsArray();
        Assert.Contains(rows, r => r!["category"]!.GetValue<string>() == "Operating Expenses" && Amount(r["debitAmount"]) > 0);
        Assert.All(rows, r => Assert.Equal(Amount(r!["openingBalance"]) + Amount(r["debitAmount"]) - Amount(r["creditAmount"]), Amount(r["endingBalance"])));
    }

    [Fact]
    public async Task TrialBalance_ActivityMatchesAQueryOverJournalEntryLines()
    {
        var started = await fixture.Client.PostAsync("services/reports/general-ledger/trial-balance", Q1());
        var download = await fixture.Client.GetAsync("services/reports/download?reportId=" + started.Result["reportId"]!.GetValue<string>());
        var query = await fixture.Client.QueryAsync(JsonNode.Parse("""
            { "object": "general-ledger/journal-entry-line", "fields": ["txnType", "sum:txnAmount"],
              "filters": [ { "$between": { "entryDate": ["2026-01-01", "2026-03-31"] } }, { "$eq": { "journalEntry.state": "posted" } } ] }
            """)!);

        var debits = query.Rows.Single(r => r!["txnType"]!.GetValue<string>() == "debit")!["sum:txnAmount"]!.GetValue<string>();
        Assert.Equal(debits, download.Result["totals"]!["debitAmount"]!.GetValue<string>());
    }

    [Fact]
    public async Task TrialBalance_ByLocation_OnlyCountsThatLocation()
    {
        var body = Q1();
        body["parameters"]!["dimensions"] = new JsonObject { ["location"] = new JsonObject { ["id"] = "200" } };

        var started = await fixture.Client.PostAsync("services/reports/general-ledger/trial-balance", body);
        var download = await fixture.Client.GetAsync("services/reports/download?reportId=" + started.Result["reportId"]!.GetValue<string>());
        var all = await fixture.Client.GetAsync("services/reports/download?reportId=" +
            (await fixture.Client.PostAsync("services/reports/general-ledger/trial-balance", Q1())).Result["reportId"]!.GetValue<string>());

        Assert.True(Amount(download.Result["totals"]!["debitAmount"]) < Amount(all.Result["totals"]!["debitAmount"]));
        Assert.Equal(download.Result["totals"]!["endingDebit"]!.GetValue<string>(), download.Result["totals"]!["endingCredit"]!.GetValue<string>());
    }

    [Fact]
    public async Task TrialBalance_WithoutPeriod_IsRejected_AndUnknownReportIs404()
    {
        var bad = await fixture.Client.PostAsync("services/reports/general-ledger/trial-balance", new { parameters = new { } });
        var unknown = await fixture.Client.GetAsync("services/reports/status?reportId=TB-nope");

        Assert.Equal(HttpStatusCode.BadRequest, bad.Status);
        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
    }

    [Fact]
    public async Task TrialBalance_StatusRedirectOption_Answers303ToTheDownload()
    {
        await using var server = await SandboxServer.StartAsync(new SandboxOptions { ReportStatusRedirects = true }, TestContext.Current.CancellationToken);
        var token = await SandboxClientTokenAsync(server);
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(server.ApiBaseUrl + "/") };
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var ct = TestContext.Current.CancellationToken;

        using var started = await http.PostAsync("services/reports/general-ledger/trial-balance", new StringContent(Q1().ToJsonString()), ct);
        var reportId = JsonNode.Parse(await started.Content.ReadAsStringAsync(ct))!["ia::result"]!["reportId"]!.GetValue<string>();
        using var status = await http.GetAsync("services/reports/status?reportId=" + reportId, ct);

        Assert.Equal(HttpStatusCode.SeeOther, status.StatusCode);
        Assert.EndsWith("/services/reports/download?reportId=" + reportId, status.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static async Task<string> SandboxClientTokenAsync(SandboxServer server)
    {
        using var client = SandboxClient.Anonymous(server);
        var token = await client.RequestTokenAsync(SandboxDemo.ClientId, SandboxDemo.ClientSecret, SandboxDemo.Username);
        return token.Body!["access_token"]!.GetValue<string>();
    }

    private static JsonObject Q1() => JsonNode.Parse("""
        { "reportName": "Q1 trial balance", "outputType": "json", "outputLocation": "intacct",
          "parameters": { "timePeriod": { "dateRange": { "startDate": "2026-01-01", "endDate": "2026-03-31" } } } }
        """)!.AsObject();

    private static decimal Amount(JsonNode? node) => decimal.Parse(node!.GetValue<string>(), CultureInfo.InvariantCulture);
}
