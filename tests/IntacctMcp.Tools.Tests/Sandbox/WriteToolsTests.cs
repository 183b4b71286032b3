using System.Text.Json.Nodes;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;
using static IntacctMcp.Server.Tests.EndToEnd.FiveQuestions;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The write tools against the sandbox: what they create is read back from the sandbox's records; a dry run or a refused write sends nothing.</summary>
[Collection(SandboxCollection.Name)]
public sealed class WriteToolsTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    private long Posts(string objectName) =>
        fixture.Sandbox.Control.GetCounters().RequestsByRoute.GetValueOrDefault("POST /objects/" + objectName);

    [Fact]
    public async Task CreateInvoice_CustomerNameAmountRevenueAccount_CreatesOneLineInvoice()
    {
        var customer = fixture.Sandbox.ExportObjects("accounts-receivable/customer").First(c => (string?)c["status"] == "active");
        var before = Posts("accounts-receivable/invoice");

        var data = Structured(await Tools.CallAsync("create_invoice", new { customer = (string)customer["name"]!, amount = 980.5m, glAccount = "4100", description = "Consulting, November" }));

        var invoice = fixture.Sandbox.ExportObjects("accounts-receivable/invoice").Single(i => (string?)i["key"] == data.GetProperty("key").GetString());
        Assert.Equal((string?)customer["id"], SandboxData.Ref(invoice, "customer"));
        Assert.Equal(980.50m, Money(invoice["totalTxnAmount"]));
        Assert.Equal(980.50m, Money(invoice["totalTxnAmountDue"]));
        var line = Assert.Single(invoice["lines"]!.AsArray().OfType<JsonObject>());
        Assert.Equal("4100", SandboxData.Ref(line, "glAccount"));
        Assert.Equal(before + 1, Posts("accounts-receivable/invoice"));
        Assert.Matches("^imcp1-[0-9a-f]{64}$", data.GetProperty("idempotencyKey").GetString());
        Assert.False(data.GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task CreateJournalEntry_DryRunThenCreate_PreviewSendsNothingAndEntryIsPostedBalanced()
    {
        var arguments = new Dictionary<string, object?>
        {
            ["description"] = "Accrue repairs",
            ["journal"] = "GJ",
            ["lines"] = new object[]
            {
                new { glAccount = "6100", debit = 420.25m, dimensions = new { department = "OPS" } },
                new { glAccount = "2000", credit = 420.25m },
            },
        };
        var before = Posts("general-ledger/journal-entry");

        var preview = Structured(await Tools.CallAsync("create_journal_entry", new Dictionary<string, object?>(arguments) { ["dryRun"] = true }));

        Assert.Equal(before, Posts("general-ledger/journal-entry"));
        Assert.True(preview.GetProperty("dryRun").GetBoolean());
        Assert.Equal("/objects/general-ledger/journal-entry", preview.GetProperty("path").GetString());
        Assert.Equal(2, preview.GetProperty("body").GetProperty("lines").GetArrayLength());

        var created = Structured(await Tools.CallAsync("create_journal_entry", arguments));

        Assert.Equal(before + 1, Posts("general-ledger/journal-entry"));
        var entry = fixture.Sandbox.ExportObjects("general-ledger/journal-entry").Single(e => (string?)e["key"] == created.GetProperty("key").GetString());
        Assert.Equal("GJ", SandboxData.Ref(entry, "glJournal"));
        Assert.Equal("posted", (string?)entry["state"]);
        var lines = entry["lines"]!.AsArray().OfType<JsonObject>().ToList();
        Assert.Equal(["debit", "credit"], lines.Select(l => (string?)l["txnType"]));
        Assert.All(lines, l => Assert.Equal(420.25m, Money(l["txnAmount"])));
        Assert.Equal("OPS", (string?)lines[0]["dimensions"]?["department"]?["id"]);
    }

    [Fact]
    public async Task CreateJournalEntry_Unbalanced_RefusedBeforeAnythingIsSent()
    {
        var before = fixture.Sandbox.Control.GetCounters().ApiRequests;

        var result = await Tools.CallAsync("create_journal_entry", new
        {
            description = "Typo",
            lines = new object[] { new { glAccount = "6100", debit = 100 }, new { glAccount = "2000", credit = 10 } },
        });

        Assert.True(result.IsError);
        Assert.Contains("do not equal credits", ToolsHarness.Text(result), StringComparison.Ordinal);
        Assert.Equal(before, fixture.Sandbox.Control.GetCounters().ApiRequests);
    }

    [Fact]
    public async Task CallSageEndpoint_PostObject_CreatesWithIdempotencyKey()
    {
        var before = Posts("company-config/department");
        var body = new { id = "LEGAL", name = "Legal" };

        var data = Structured(await Tools.CallAsync("call_sage_endpoint", new { method = "POST", path = "/objects/company-config/department", body }));

        Assert.Equal(201, data.GetProperty("status").GetInt32());
        Assert.Equal(before + 1, Posts("company-config/department"));
        Assert.Matches("^imcp1-[0-9a-f]{64}$", data.GetProperty("idempotencyKey").GetString());
        Assert.False(data.GetProperty("replayed").GetBoolean());
        var key = data.GetProperty("ia::result").GetProperty("key").GetString();
        Assert.Equal("Legal", (string?)fixture.Sandbox.ExportObjects("company-config/department").Single(d => (string?)d["key"] == key)["name"]);
    }
}
