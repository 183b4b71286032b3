using System.Text.Json.Nodes;
using IntacctMcp.SpecExtract;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>The five questions over stdio, through the built executable.</summary>
public sealed class StdioFiveQuestionsTests(StdioServerFixture fixture) : FiveQuestionsEndToEnd(fixture), IClassFixture<StdioServerFixture>
{
    [Fact]
    public void Stderr_WhileServing_NeverShowsTheClientSecret()
    {
        Assert.DoesNotContain(fixture.Stderr, line => line.Contains(IntacctMcp.Sandbox.SandboxDemo.ClientSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FiveQuestions_OverStdio_SendSageOnlyFieldsOfItsPublishedSpec()
    {
        var before = fixture.Requests.Count;
        (string Tool, IReadOnlyDictionary<string, object?> Arguments)[] questions =
        [
            ("list_bills", FiveQuestions.ListBills),
            ("summarize_journal_entries", FiveQuestions.SummarizeByDepartment),
            // Its own requestId: the same bill as the create test in this fixture would be a replay of whichever ran first.
            ("create_bill", new Dictionary<string, object?>(FiveQuestions.CreateBill) { ["requestId"] = "spec-fields-check" }),
            ("get_trial_balance", FiveQuestions.TrialBalance),
            ("list_customers", FiveQuestions.TopCustomers),
        ];
        foreach (var (tool, arguments) in questions)
        {
            var result = await fixture.Client.CallToolAsync(tool, arguments, cancellationToken: TestContext.Current.CancellationToken);
            Assert.NotEqual(true, result.IsError);
        }

        var check = new RequestCheck(SpecCatalog.LoadDefault());
        var requests = fixture.Requests.Skip(before).ToList();
        foreach (var request in requests)
        {
            check.Check(request.Method, request.Path, request.Body is null ? null : JsonNode.Parse(request.Body));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Five questions over stdio: {requests.Count} requests, {check.FieldsChecked} field names on {check.Objects.Count} objects ({string.Join(", ", check.Objects)}).");
        Assert.True(check.Violations.Count == 0, string.Join("\n", check.Violations.Select(v => v.ToString()).Distinct()));
        Assert.Contains("general-ledger/journal-entry-line", check.Objects);
    }
}
