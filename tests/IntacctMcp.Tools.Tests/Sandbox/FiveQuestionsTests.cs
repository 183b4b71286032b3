using IntacctMcp.Server.Tests.EndToEnd;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The five product questions through the in-process MCP client against the sandbox over loopback HTTP; checks shared with the end-to-end tests.</summary>
[Collection(SandboxCollection.Name)]
public sealed class FiveQuestionsTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    [Fact]
    public async Task ListBills_OpenOver5000DueIn30Days_MatchesSandbox()
    {
        var result = await Tools.CallAsync("list_bills", FiveQuestions.ListBills);

        FiveQuestions.CheckListBills(fixture.Sandbox, result);
    }

    [Fact]
    public async Task SummarizeJournalEntries_ByDepartmentLastMonth_MatchesSandbox()
    {
        var result = await Tools.CallAsync("summarize_journal_entries", FiveQuestions.SummarizeByDepartment);

        FiveQuestions.CheckSummarizeByDepartment(fixture.Sandbox, result);
    }

    [Fact]
    public async Task CreateBill_DryRunThenCreate_PreviewSendsNothingAndCreateMakesOneLineBill()
    {
        var acmeId = (string?)fixture.Sandbox.ExportObjects("accounts-payable/vendor").Single(v => (string?)v["name"] == "Acme Maintenance")["id"];
        var before = fixture.Sandbox.ExportObjects("accounts-payable/bill").Count;

        var preview = await Tools.CallAsync("create_bill", new Dictionary<string, object?>(FiveQuestions.CreateBill) { ["dryRun"] = true });

        Assert.Equal(before, fixture.Sandbox.ExportObjects("accounts-payable/bill").Count);
        var body = FiveQuestions.Structured(preview).GetProperty("body");
        Assert.Equal(acmeId, body.GetProperty("vendor").GetProperty("id").GetString());
        var line = Assert.Single(body.GetProperty("lines").EnumerateArray());
        Assert.Equal("1250.00", line.GetProperty("txnAmount").GetString());
        Assert.Equal("6100", line.GetProperty("glAccount").GetProperty("id").GetString());

        var created = await Tools.CallAsync("create_bill", FiveQuestions.CreateBill);

        FiveQuestions.CheckCreateBill(fixture.Sandbox, created);
        Assert.Equal(before + 1, fixture.Sandbox.ExportObjects("accounts-payable/bill").Count);
    }

    [Fact]
    public async Task GetTrialBalance_Q1ByCategory_MatchesSandboxAndBalances()
    {
        var result = await Tools.CallAsync("get_trial_balance", FiveQuestions.TrialBalance);

        FiveQuestions.CheckTrialBalance(fixture.Sandbox, result);
    }

    [Fact]
    public async Task ListCustomers_Top10ByTotalDue_MatchesSandbox()
    {
        var result = await Tools.CallAsync("list_customers", FiveQuestions.TopCustomers);

        FiveQuestions.CheckTopCustomers(fixture.Sandbox, result);
    }
}
