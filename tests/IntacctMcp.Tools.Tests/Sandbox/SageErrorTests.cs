using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;
using static IntacctMcp.Server.Tests.EndToEnd.FiveQuestions;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>Sage's error answers, produced by the real sandbox, as the tool errors a model reads: what failed, why, and the next step.</summary>
[Collection(SandboxCollection.Name)]
public sealed class SageErrorTests(SandboxFixture fixture)
{
    private ToolsHarness Tools => fixture.Tools;

    private SandboxControl Control => fixture.Sandbox.Control;

    [Fact]
    public async Task GetBill_UnknownBillNumber_NamesWhatWasLookedUp()
    {
        var result = await Tools.CallAsync("get_bill", new { billNumber = "NO-SUCH-BILL" });

        Assert.True(result.IsError);
        Assert.Contains("No bill with billNumber or ID 'NO-SUCH-BILL' in company 'demo'", ToolsHarness.Text(result), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CallSageEndpoint_GetUnknownKey_Reports404WithNextStep()
    {
        var result = await Tools.CallAsync("call_sage_endpoint", new { method = "GET", path = "/objects/accounts-payable/bill/99999999" });

        var text = ToolsHarness.Text(result);
        Assert.True(result.IsError);
        Assert.Contains("Sage error (HTTP 404, REST-1001)", text, StringComparison.Ordinal);
        Assert.Contains("[supportId ", text, StringComparison.Ordinal);
        Assert.Contains("Next step: Sage found nothing", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_UnknownField_NamesTheFieldFromSagesDetails()
    {
        var result = await Tools.CallAsync("query", new { @object = "accounts-payable/bill", fields = new[] { "id", "amountOwed" } });

        var text = ToolsHarness.Text(result);
        Assert.True(result.IsError);
        Assert.Contains("HTTP 400", text, StringComparison.Ordinal);
        Assert.Contains("'amountOwed' is not a valid field", text, StringComparison.Ordinal);
        Assert.Contains("\n- amountOwed (REST-1043)", text, StringComparison.Ordinal);
        Assert.Contains("Next step: fix the fields named above", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListBills_PermissionDenied403_SaysTheRoleLacksTheModule()
    {
        Control.SetFaults(new SandboxFaults { ServerErrors = 1, ServerErrorStatus = 403, PathPrefix = "/services/core/query" });
        try
        {
            var result = await Tools.CallAsync("list_bills", new { openOnly = true });

            var text = ToolsHarness.Text(result);
            Assert.True(result.IsError);
            Assert.Contains("HTTP 403", text, StringComparison.Ordinal);
            Assert.Contains("role", text, StringComparison.Ordinal);
        }
        finally
        {
            Control.ClearFaults();
        }
    }

    [Fact]
    public async Task ListVendors_RateLimitLongerThanWaitBudget_SaysHowLongSageAskedAndWhatToDo()
    {
        Control.ResetCounters();
        Control.SetFaults(new SandboxFaults { RateLimitStorm = 1, RetryAfterSeconds = 30, PathPrefix = "/services/core/query" });
        try
        {
            var result = await Tools.CallAsync("list_vendors", new { company = SandboxFixture.Throttled });

            var text = ToolsHarness.Text(result);
            Assert.True(result.IsError);
            Assert.Contains("HTTP 429", text, StringComparison.Ordinal);
            Assert.Contains("Sage asked for 30 s, longer than this server waits for one call", text, StringComparison.Ordinal);
            Assert.Contains("Try again in 30 s", text, StringComparison.Ordinal);
            Assert.DoesNotContain("the server waits and retries", text, StringComparison.Ordinal);
            Assert.Equal(1, Control.GetCounters().RateLimited);
        }
        finally
        {
            Control.ClearFaults();
        }
    }

    [Fact]
    public async Task ListCustomers_ShortRateLimitStorm_WaitsAndSucceeds()
    {
        Control.ResetCounters();
        Control.SetFaults(new SandboxFaults { RateLimitStorm = 2, RetryAfterSeconds = 1, PathPrefix = "/services/core/query" });
        try
        {
            var result = await Tools.CallAsync("list_customers", new { pageSize = 3 });

            Assert.Equal(3, Structured(result).GetProperty("items").GetArrayLength());
            Assert.Equal(2, Control.GetCounters().RateLimited);
            Assert.Equal(3, Control.GetCounters().RequestsByRoute["POST /services/core/query"]);
        }
        finally
        {
            Control.ClearFaults();
        }
    }
}
