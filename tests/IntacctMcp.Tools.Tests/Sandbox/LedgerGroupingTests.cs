using System.Text.Json.Nodes;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;
using static IntacctMcp.Server.Tests.EndToEnd.FiveQuestions;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>summarize_journal_entries by every grouping, and describe_object, against the sandbox's real answers.</summary>
[Collection(SandboxCollection.Name)]
public sealed class LedgerGroupingTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    public static TheoryData<string> Groupings => ["journal", "account", "location", "month", "department"];

    [Theory]
    [MemberData(nameof(Groupings))]
    public async Task SummarizeJournalEntries_Grouping_MatchesSandboxLines(string groupBy)
    {
        var start = new DateOnly(Today.Year, 1, 1);
        var journals = fixture.Sandbox.ExportObjects("general-ledger/journal-entry").ToDictionary(e => (string)e["key"]!, e => SandboxData.Ref(e, "glJournal")!, StringComparer.Ordinal);
        Func<JsonObject, string> group = groupBy switch
        {
            "journal" => line => journals[(string)line["journalEntry"]!["key"]!],
            "account" => line => SandboxData.Ref(line, "glAccount")!,
            "location" => line => (string?)line["dimensions"]?["location"]?["id"] ?? "(none)",
            "department" => line => (string?)line["dimensions"]?["department"]?["id"] ?? "(none)",
            _ => line => ((string)line["entryDate"]!)[..7],
        };
        var expected = LineTotals(fixture.Sandbox, start, Today, group);

        var data = Structured(await Tools.CallAsync("summarize_journal_entries", new { groupBy, period = "ytd" }));

        var rows = data.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty(groupBy).GetString()!, r => (Money(r.GetProperty("debit")), Money(r.GetProperty("credit"))), StringComparer.Ordinal);
        Assert.True(expected.Count > 1, $"the sandbox has only {expected.Count} {groupBy} group(s)");
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(expected, e => Assert.Equal((e.Value.Debit, e.Value.Credit), rows[e.Key]));
        Assert.True(data.GetProperty("totals").GetProperty("balanced").GetBoolean());
    }

    [Fact]
    public async Task DescribeObject_Bill_SummarizesFieldsGroupsRefsAndLists()
    {
        var data = Structured(await Tools.CallAsync("describe_object", new { @object = "accounts-payable/bill" }));

        var fields = data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!).ToList();
        var refs = data.GetProperty("refs").EnumerateArray().Select(f => f.GetString()!).ToList();
        var lists = data.GetProperty("lists").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Equal("rootObject", data.GetProperty("type").GetString());
        Assert.Contains("billNumber:string", fields);
        Assert.Contains("dueDate:string(date)", fields);
        Assert.Contains("totalTxnAmountDue:string(decimal-precision-2) ro", fields);
        Assert.Contains(fields, f => f.StartsWith("state:string", StringComparison.Ordinal) && f.Contains("enum=", StringComparison.Ordinal) && f.Contains("partiallyPaid", StringComparison.Ordinal));
        Assert.Contains(fields, f => f.StartsWith("currency.txnCurrency:string", StringComparison.Ordinal));
        Assert.Contains("vendor→accounts-payable/vendor", refs);
        Assert.Contains("lines→accounts-payable/bill-line", lists);
    }

    [Fact]
    public async Task DescribeObject_JournalEntryLine_ShowsDottedReferencesAQueryCanUse()
    {
        var data = Structured(await Tools.CallAsync("describe_object", new { @object = "general-ledger/journal-entry-line" }));

        var refs = data.GetProperty("refs").EnumerateArray().Select(f => f.GetString()!).ToList();
        Assert.Contains("journalEntry→general-ledger/journal-entry", refs);
        Assert.Contains("dimensions.department→company-config/department", refs);
        Assert.Contains("glAccount→general-ledger/account", refs);
    }
}
