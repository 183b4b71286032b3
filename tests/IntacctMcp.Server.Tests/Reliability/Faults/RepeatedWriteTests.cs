using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using IntacctMcp.Sandbox;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;
using ModelContextProtocol.Client;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>
/// The same <c>create_bill</c> sent again by a separate process, by two processes at the same moment, and by a new
/// process after the first was killed (SIGKILL) between Sage's commit and its answer: one bill each time, and a repeat
/// says it was already posted. Each case is counted in the reliability figures' write tally.
/// </summary>
public sealed partial class RepeatedWriteTests(RepeatedWriteFixture fixture) : FaultFreeTests<RepeatedWriteFixture>(fixture), IClassFixture<RepeatedWriteFixture>
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task SameBillInTwoStdioSessions_OneBill_SecondAnswerSaysAlreadyPosted()
    {
        var bill = NewBill();
        var before = Fixture.Counters();

        var first = await InNewProcessAsync("repeat-first", c => CallAsync(c, bill));
        var second = await InNewProcessAsync("repeat-second", c => CallAsync(c, bill));

        Record("same create_bill from a second stdio process", [first, second], bill, before);
        Assert.False(Replayed(first), first.Text);
        Assert.True(Replayed(second), second.Text);
        Assert.Contains("Already posted on", second.Text, StringComparison.Ordinal);
        Assert.Contains("not posted again", second.Text, StringComparison.Ordinal);
        Assert.Equal(1, Held(bill));
    }

    [Fact]
    public async Task NewRequestIdInASecondSession_PostsASecondBillOnPurpose()
    {
        var bill = NewBill();

        var first = await InNewProcessAsync("request-id-1", c => CallAsync(c, With(bill, "requestId", "first")));
        var second = await InNewProcessAsync("request-id-2", c => CallAsync(c, With(bill, "requestId", "second")));

        Assert.False(Replayed(first), first.Text);
        Assert.False(Replayed(second), second.Text);
        Assert.Equal(2, Held(bill));
    }

    [Fact]
    public async Task TwoIdenticalCallsAtTheSameMomentFromTwoProcesses_OneBill()
    {
        var bill = NewBill();
        var before = Fixture.Counters();
        var (a, clientA) = await ServerProcess.StartStdioAsync("twins-a", Fixture.Settings(), TestContext.Current.CancellationToken);
        var (b, clientB) = await ServerProcess.StartStdioAsync("twins-b", Fixture.Settings(), TestContext.Current.CancellationToken);
        await using (a)
        await using (b)
        await using (clientA)
        await using (clientB)
        {
            var results = await Task.WhenAll(CallAsync(clientA, bill), CallAsync(clientB, bill));

            Record("two identical create_bill calls at once from two processes", results, bill, before);
            Assert.All(results, r => Assert.True(r.Succeeded, r.Text));
            Assert.Single(results, Replayed);
            Assert.Equal(1, Held(bill));
        }
    }

    [Fact]
    public async Task ServerKilledAfterCommitBeforeAnswer_RestartedServerPostsNoSecondBill()
    {
        var bill = NewBill();
        var before = Fixture.Counters();
        var cancellationToken = TestContext.Current.CancellationToken;
        Fixture.SetFaults(new SandboxFaults { HoldAnswersAfterCommit = 1, PathPrefix = WriteScenario.BillRoute });
        var (doomed, doomedClient) = await ServerProcess.StartStdioAsync("killed-after-commit", Fixture.Settings(), cancellationToken);
        ToolCallResult lost;
        await using (doomed)
        {
            var pending = CallAsync(doomedClient, bill);
            var committed = await Eventually.WaitUntilAsync(() => Held(bill) == 1, Bound, cancellationToken);
            Assert.True(committed, $"The sandbox never committed the bill.\n{doomed.Tail()}");
            Assert.False(pending.IsCompleted, "The answer should still be held by the sandbox.");

            await doomed.KillAsync();
            lost = await pending;
            try
            {
                await doomedClient.DisposeAsync();
            }
            catch (Exception ex) when (ex is IOException or ObjectDisposedException or InvalidOperationException)
            {
                // Its transport died with the process.
            }
        }

        Fixture.ClearFaults();
        var again = await InNewProcessAsync("restarted-after-kill", c => CallAsync(c, bill));

        Record("SIGKILL after commit before the answer, then the same call from a restarted process", [lost, again], bill, before);
        Assert.False(lost.Succeeded, "The killed process cannot have answered.");
        Assert.True(again.Succeeded, again.Text);
        Assert.True(Replayed(again), again.Text);
        Assert.Contains("Already posted on", again.Text, StringComparison.Ordinal);
        Assert.Equal(1, Held(bill));
    }

    private static JsonObject NewBill() => new()
    {
        ["vendor"] = "Acme Maintenance",
        ["amount"] = 1250,
        ["glAccount"] = "6100",
        ["billNumber"] = string.Create(CultureInfo.InvariantCulture, $"REP-{Convert.ToHexString(RandomNumberGenerator.GetBytes(3))}"),
        ["description"] = "reliability suite: repeated write",
    };

    private static JsonObject With(JsonObject bill, string name, string value)
    {
        var copy = (JsonObject)bill.DeepClone();
        copy[name] = value;
        return copy;
    }

    private static bool Replayed(ToolCallResult result) => result.Succeeded && ReplayedPattern().IsMatch(result.Text);

    [GeneratedRegex(@"""replayed""\s*:\s*true", RegexOptions.CultureInvariant)]
    private static partial Regex ReplayedPattern();

    private static async Task<ToolCallResult> CallAsync(McpClient client, JsonObject arguments)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Bound);
        try
        {
            var result = await client.CallToolAsync("create_bill", arguments.ToDictionary(p => p.Key, p => (object?)JsonSerializer.SerializeToElement(p.Value)), cancellationToken: timeout.Token);
            var text = ToolText.Of(result);
            SecretLedger.Observe("repeated-writes create_bill result", text);
            return new ToolCallResult(true, result.IsError == true, text, null, 0);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or ModelContextProtocol.McpException or InvalidOperationException)
        {
            // The process went away mid-call (the kill test): no answer.
            return new ToolCallResult(false, true, ex.Message, ex.GetType().Name, 0);
        }
    }

    private async Task<ToolCallResult> InNewProcessAsync(string label, Func<McpClient, Task<ToolCallResult>> call)
    {
        var (server, client) = await ServerProcess.StartStdioAsync(label, Fixture.Settings(), TestContext.Current.CancellationToken);
        await using (server)
        await using (client)
        {
            return await call(client);
        }
    }

    private int Held(JsonObject bill) =>
        Fixture.Sandbox.ExportObjects("accounts-payable/bill", Fixture.Company.CompanyId).Count(b => (string?)b["billNumber"] == (string?)bill["billNumber"]);

    private void Record(string scenario, ToolCallResult[] results, JsonObject bill, SandboxCounters before)
    {
        var held = Held(bill);
        var succeeded = results.Count(r => r.Succeeded);
        var tally = new WriteTally(
            scenario,
            results.Length,
            succeeded,
            results.Count(r => r.Completed && !r.Succeeded),
            0,
            0,
            Fixture.Counters().RecordsCreated - before.RecordsCreated,
            Math.Max(0, held - 1),
            succeeded > 0 && held == 0 ? 1 : 0,
            0,
            Repeated: true);
        ReliabilitySummary.RecordWrites(tally);
    }
}
