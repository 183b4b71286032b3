using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// Makes a few <c>create_bill</c> calls under a fault, each with its own bill number, then compares what the tool
/// reported with the bills the sandbox holds: no duplicates, no silent losses, no phantom writes; an unknown outcome
/// must say so and name its idempotency key.
/// </summary>
internal static partial class WriteScenario
{
    public const string BillRoute = "/objects/accounts-payable/bill";

    private static readonly string[] UnknownWords = ["unknown", "may or may not", "may have been"];

    /// <summary>Runs the writes one after another, calling <paramref name="beforeEachWrite"/> before each; or, when
    /// <paramref name="concurrent"/>, calls it once and sends all writes at once.</summary>
    public static async Task<WriteTally> RunAsync(ReliabilityServerFixture fixture, string fault, int writes, Action<int> beforeEachWrite, bool concurrent = false)
    {
        var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(3));
        var before = fixture.Counters();
        var billNumbers = Enumerable.Range(0, writes).Select(i => string.Create(CultureInfo.InvariantCulture, $"R{nonce}-{i}")).ToList();
        Task<ToolCallResult> Write(string billNumber) => fixture.CallAsync("create_bill", BillArguments(billNumber, fault), FaultJudge.CallBound);

        var results = new List<(string BillNumber, ToolCallResult Result)>();
        if (concurrent)
        {
            beforeEachWrite(0);
            var calls = await Task.WhenAll(billNumbers.Select(Write));
            results.AddRange(billNumbers.Zip(calls));
        }
        else
        {
            for (var i = 0; i < writes; i++)
            {
                beforeEachWrite(i);
                results.Add((billNumbers[i], await Write(billNumbers[i])));
            }
        }

        fixture.ClearFaults();
        var alive = await fixture.AnswersAsync();
        var created = fixture.Counters().RecordsCreated - before.RecordsCreated;
        var bills = fixture.Sandbox.ExportObjects("accounts-payable/bill", fixture.Company.CompanyId);
        int Held(string billNumber) => bills.Count(b => b["billNumber"]?.GetValue<string>() == billNumber);

        var outcomes = new List<FaultOutcome>();
        int reportedCreated = 0, reportedFailed = 0, unknown = 0, unknownNamed = 0, duplicates = 0, losses = 0, phantoms = 0;
        var problems = new List<string>();
        foreach (var (billNumber, result) in results)
        {
            var held = Held(billNumber);
            duplicates += Math.Max(0, held - 1);
            if (result.Succeeded)
            {
                reportedCreated++;
                outcomes.Add(FaultOutcome.Recovered);
                losses += held == 0 ? 1 : 0;
                if (!NamesIdempotencyKey(result.Text))
                {
                    problems.Add($"{billNumber}: the success does not name its Idempotency-Key: {result}");
                }
            }
            else if (result.Completed && ToolText.ContainsAny(result.Text, UnknownWords))
            {
                unknown++;
                var named = NamesIdempotencyKey(result.Text);
                unknownNamed += named ? 1 : 0;
                outcomes.Add(named ? FaultOutcome.UnknownOutcomeNamed : FaultOutcome.UnclearError);
            }
            else if (result.Completed)
            {
                reportedFailed++;
                phantoms += held > 0 ? 1 : 0;
                outcomes.Add(ToolText.ContainsAny(result.Text, FaultJudge.NextStepWords) ? FaultOutcome.ClearError : FaultOutcome.UnclearError);
            }
            else
            {
                outcomes.Add(alive ? FaultOutcome.Hang : FaultOutcome.Crash);
            }

            if (held > 1 || (result.Succeeded && held == 0) || (outcomes[^1] is not FaultOutcome.Recovered and not FaultOutcome.UnknownOutcomeNamed and not FaultOutcome.ClearError))
            {
                problems.Add($"{billNumber}: {outcomes[^1]}, {held} bill(s) held: {result}");
            }

            if (outcomes[^1] == FaultOutcome.ClearError && held > 0)
            {
                problems.Add($"{billNumber}: reported failed, but the bill exists (phantom write): {result}");
            }
        }

        var tally = new WriteTally(fault, writes, reportedCreated, reportedFailed, unknown, unknownNamed, created, duplicates, losses, phantoms);
        ReliabilitySummary.RecordFault(fault, "write", outcomes);
        ReliabilitySummary.RecordWrites(tally);

        Assert.True(alive, $"{fault}: the server stopped answering.\n{fixture.Server.Tail()}");
        Assert.True(problems.Count == 0, $"{fault}: {tally}\n{string.Join('\n', problems)}\n{fixture.Server.Tail(10)}");
        Assert.Equal(results.Sum(r => Held(r.BillNumber)), created);
        return tally;
    }

    private static JsonObject BillArguments(string billNumber, string fault) => new()
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = 1250,
        ["glAccount"] = "6100",
        ["billNumber"] = billNumber,
        ["description"] = "reliability suite: write under " + fault,
    };

    private static bool NamesIdempotencyKey(string text) => KeyPattern().IsMatch(text);

    // "Idempotency-Key 5f2c…" in prose or "idempotencyKey": "5f2c…" in structured content: the key itself, not just the word.
    [GeneratedRegex(@"idempotency-?key\W{1,4}[A-Za-z0-9][A-Za-z0-9_-]{7,}", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex KeyPattern();
}
