using IntacctMcp.Tools.Tests.Hosting;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Confirmation;

/// <summary>A client that declares elicitation is asked before every write; only an accepted, ticked answer posts, once.</summary>
[Collection(ConfirmationCollection.Name)]
public sealed class ElicitedWritesTests(ConfirmationFixture fixture)
{
    private ToolsHarness Tools => fixture.Asking;

    [Fact]
    public async Task CreateBill_UserDeclines_NothingReachesSageAndTheResultSaysSo()
    {
        fixture.Answer = _ => new ElicitResult { Action = "decline" };
        var created = fixture.RecordsCreated;

        var result = await Ask("create_bill", Bill("CONF-DECLINE"));

        Assert.NotEqual(true, result.IsError);
        Assert.StartsWith("Not posted: the user declined. Nothing was sent to Sage.", ToolsHarness.Text(result), StringComparison.Ordinal);
        var structured = ToolsHarness.Structured(result);
        Assert.True(structured.GetProperty("dryRun").GetBoolean());
        Assert.Equal("the user declined", structured.GetProperty("notPosted").GetString());
        Assert.Equal(0, fixture.Bills("CONF-DECLINE"));
        Assert.Equal(created, fixture.RecordsCreated);
    }

    [Fact]
    public async Task CreateBill_UserAccepts_ExactlyOneBillAndTheQuestionSaidWhatWouldBePosted()
    {
        fixture.Answer = _ => ConfirmationFixture.Accept();
        var asked = fixture.Questions.Count;

        var result = await Ask("create_bill", Bill("CONF-ACCEPT"));

        Assert.NotEqual(true, result.IsError);
        Assert.False(ToolsHarness.Structured(result).GetProperty("replayed").GetBoolean());
        Assert.Equal(1, fixture.Bills("CONF-ACCEPT"));
        var question = Assert.Single(fixture.Questions.Skip(asked));
        Assert.Contains("Post a bill to Sage company demo", question.Message, StringComparison.Ordinal);
        Assert.Matches("Vendor: V[0-9]+ Acme Maintenance", question.Message);
        Assert.Contains("Bill date 2026-12-01, due 2026-12-31", question.Message, StringComparison.Ordinal);
        Assert.Contains("Line 1: GL 6100", question.Message, StringComparison.Ordinal);
        Assert.Contains("1,250.00", question.Message, StringComparison.Ordinal);
        Assert.Matches("Idempotency key: imcp1-[0-9a-f]{64}", question.Message);
        var field = Assert.Single(question.RequestedSchema!.Properties);
        Assert.Equal("confirm", field.Key);
        Assert.IsType<ElicitRequestParams.BooleanSchema>(field.Value);
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2110 && e.Text.Contains("create_bill", StringComparison.Ordinal));
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2111);
    }

    [Fact]
    public async Task CreateBill_UserCancels_NothingPosted()
    {
        fixture.Answer = _ => new ElicitResult { Action = "cancel" };

        var result = await Ask("create_bill", Bill("CONF-CANCEL"));

        Assert.NotEqual(true, result.IsError);
        Assert.StartsWith("Not posted: the user cancelled the confirmation.", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("CONF-CANCEL"));
        Assert.Contains(fixture.Logs.Entries, e => e.EventId.Id == 2113);
    }

    [Fact]
    public async Task CreateBill_AcceptedWithoutTickingConfirm_NothingPosted()
    {
        fixture.Answer = _ => ConfirmationFixture.Accept(confirm: false);

        var result = await Ask("create_bill", Bill("CONF-UNTICKED"));

        Assert.StartsWith("Not posted: the user declined (confirm was not ticked).", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(0, fixture.Bills("CONF-UNTICKED"));
    }

    [Fact]
    public async Task CreateBill_QuestionFailsInTheClient_NothingPosted()
    {
        fixture.Answer = _ => throw new InvalidOperationException("the client's form crashed");
        var created = fixture.RecordsCreated;

        // The client reports its own failure; whichever way it surfaces, the call that would post never runs.
        var outcome = await Record.ExceptionAsync(() => Ask("create_bill", Bill("CONF-FAILED")));

        Assert.NotNull(outcome);
        Assert.Equal(0, fixture.Bills("CONF-FAILED"));
        Assert.Equal(created, fixture.RecordsCreated);
    }

    [Fact]
    public async Task CreateInvoice_UserDeclines_NothingPostedAndTheQuestionNamesTheCustomer()
    {
        fixture.Answer = _ => new ElicitResult { Action = "decline" };
        var customer = (string)fixture.Sandbox.ExportObjects("accounts-receivable/customer")[0]["id"]!;
        var asked = fixture.Questions.Count;
        var created = fixture.RecordsCreated;

        var result = await Ask("create_invoice", new Dictionary<string, object?>
        {
            ["customer"] = customer,
            ["amount"] = 500m,
            ["glAccount"] = "4100",
            ["invoiceDate"] = "2026-12-01",
        });

        Assert.StartsWith("Not posted: the user declined.", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(created, fixture.RecordsCreated);
        var question = Assert.Single(fixture.Questions.Skip(asked));
        Assert.StartsWith("Post an invoice to Sage company demo", question.Message, StringComparison.Ordinal);
        Assert.Contains($"Customer: {customer} ", question.Message, StringComparison.Ordinal);
        Assert.Contains("Line 1: GL 4100", question.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateBill_DryRun_NeverAsks()
    {
        fixture.Answer = _ => throw new InvalidOperationException("a dry run must not ask");
        var asked = fixture.Questions.Count;

        var result = await Ask("create_bill", new Dictionary<string, object?>(Bill("CONF-DRY")) { ["dryRun"] = true });

        Assert.StartsWith("Dry run, nothing sent.", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(asked, fixture.Questions.Count);
    }

    [Fact]
    public async Task CreateJournalEntry_UserAccepts_PostsOnceAndTheQuestionListsDebitsAndCredits()
    {
        fixture.Answer = _ => ConfirmationFixture.Accept();
        var asked = fixture.Questions.Count;
        var created = fixture.RecordsCreated;

        var result = await Ask("create_journal_entry", new Dictionary<string, object?>
        {
            ["description"] = "Confirmed accrual",
            ["postingDate"] = "2026-12-01",
            ["lines"] = new object[] { new { glAccount = "6100", debit = 300m }, new { glAccount = "2000", credit = 300m } },
        });

        Assert.NotEqual(true, result.IsError);
        Assert.Equal(created + 1, fixture.RecordsCreated);
        var question = Assert.Single(fixture.Questions.Skip(asked));
        Assert.Contains("Post a journal entry to Sage company demo", question.Message, StringComparison.Ordinal);
        Assert.Contains("Debit GL 6100", question.Message, StringComparison.Ordinal);
        Assert.Contains("Credit GL 2000", question.Message, StringComparison.Ordinal);
        Assert.Contains("Debits = credits = 300.00", question.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallSageEndpoint_RawPostAsks_GetDoesNot()
    {
        fixture.Answer = _ => new ElicitResult { Action = "decline" };
        var asked = fixture.Questions.Count;
        var created = fixture.RecordsCreated;

        var post = await Ask("call_sage_endpoint", new Dictionary<string, object?>
        {
            ["method"] = "POST",
            ["path"] = "/objects/accounts-payable/vendor",
            ["body"] = new { id = "V-CONF", name = "Confirmed Vendor" },
        });
        var get = await Ask("call_sage_endpoint", new Dictionary<string, object?> { ["method"] = "GET", ["path"] = "/objects/accounts-payable/vendor" });

        Assert.StartsWith("Not posted: the user declined.", ToolsHarness.Text(post), StringComparison.Ordinal);
        Assert.Equal(created, fixture.RecordsCreated);
        Assert.NotEqual(true, get.IsError);
        var question = Assert.Single(fixture.Questions.Skip(asked));
        Assert.Contains("POST /objects/accounts-payable/vendor", question.Message, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"Confirmed Vendor\"", question.Message, StringComparison.Ordinal);
    }

    private Task<CallToolResult> Ask(string tool, object arguments) => Tools.CallAsync(tool, arguments);

    private static Dictionary<string, object?> Bill(string billNumber) => new()
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = 1250m,
        ["glAccount"] = "6100",
        ["billNumber"] = billNumber,
        ["billDate"] = "2026-12-01",
        ["dueDate"] = "2026-12-31",
    };
}
