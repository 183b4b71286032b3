using IntacctMcp.Sandbox;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// The five product questions asked of the real server over a real transport, answered from the sandbox: the answers
/// match the sandbox's records and each question costs Sage the fewest calls (Sage bills API transactions).
/// </summary>
/// <param name="server">The server under test.</param>
public abstract class FiveQuestionsEndToEnd(IEndToEndServer server)
{
    private const string QueryRoute = "POST /services/core/query";

    private SandboxServer Sandbox => server.Sandbox;

    [Fact]
    public async Task ListBills_OpenOver5000DueIn30Days_OneQueryMatchingSandbox()
    {
        var (result, counters) = await AskAsync("list_bills", FiveQuestions.ListBills);

        FiveQuestions.CheckListBills(Sandbox, result);
        AssertOnlyQueries(counters, 1);
    }

    [Fact]
    public async Task SummarizeJournalEntries_ByDepartmentLastMonth_OneQueryMatchingSandbox()
    {
        var (result, counters) = await AskAsync("summarize_journal_entries", FiveQuestions.SummarizeByDepartment);

        FiveQuestions.CheckSummarizeByDepartment(Sandbox, result);
        AssertOnlyQueries(counters, 1);
    }

    [Fact]
    public async Task CreateBill_AcmeMaintenance1250On6100_CreatesExactlyOneBill()
    {
        var before = Sandbox.ExportObjects("accounts-payable/bill").Count;

        var (result, counters) = await AskAsync("create_bill", FiveQuestions.CreateBill);

        FiveQuestions.CheckCreateBill(Sandbox, result);
        Assert.Equal(1, counters.RecordsCreated);
        Assert.Equal(before + 1, Sandbox.ExportObjects("accounts-payable/bill").Count);
        Assert.Equal(1, counters.RequestsByRoute.GetValueOrDefault("POST /objects/accounts-payable/bill"));

        // Besides the create, at most the vendor and account lists (cached afterwards) to resolve "Acme Maintenance" and 6100.
        var queries = counters.RequestsByRoute.GetValueOrDefault(QueryRoute);
        Assert.InRange(queries, 0, 2);
        Assert.Equal(1 + queries, counters.ApiRequests);
    }

    [Fact]
    public async Task GetTrialBalance_Q1ByCategory_TwoQueriesMatchingSandbox()
    {
        var (result, counters) = await AskAsync("get_trial_balance", FiveQuestions.TrialBalance);

        FiveQuestions.CheckTrialBalance(Sandbox, result);
        AssertOnlyQueries(counters, 2);
    }

    [Fact]
    public async Task ListCustomers_Top10ByTotalDue_OneQueryMatchingSandbox()
    {
        var (result, counters) = await AskAsync("list_customers", FiveQuestions.TopCustomers);

        FiveQuestions.CheckTopCustomers(Sandbox, result);
        AssertOnlyQueries(counters, 1);
    }

    private static void AssertOnlyQueries(SandboxCounters counters, long expected)
    {
        Assert.Equal(expected, counters.RequestsByRoute.GetValueOrDefault(QueryRoute));
        Assert.Equal(expected, counters.ApiRequests);
        Assert.InRange(counters.TokenRequests, 0, 1);
    }

    // Tests of one class run one at a time, so the counters show exactly this question's Sage calls.
    private async Task<(CallToolResult Result, SandboxCounters Counters)> AskAsync(string tool, IReadOnlyDictionary<string, object?> arguments)
    {
        Sandbox.Control.ResetCounters();
        var result = await server.Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);

        // The demo company's ordinary data reads like accounting, not like instructions: nothing is flagged.
        Assert.False(result.StructuredContent is { } content && content.TryGetProperty("suspiciousText", out _), $"{tool} flagged free text");
        Assert.DoesNotContain(result.Content.OfType<TextContentBlock>(), t => t.Text.Contains("\nCaution: ", StringComparison.Ordinal));
        return (result, Sandbox.Control.GetCounters());
    }
}
