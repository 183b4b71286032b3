using System.Net;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Services;

public sealed class ModelServiceTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    public static TheoryData<string> Objects => new(
        "general-ledger/account", "general-ledger/journal", "general-ledger/journal-entry", "general-ledger/journal-entry-line",
        "accounts-payable/vendor", "accounts-payable/bill", "accounts-payable/bill-line", "accounts-payable/payment",
        "accounts-receivable/customer", "accounts-receivable/invoice", "accounts-receivable/invoice-line", "accounts-receivable/payment",
        "company-config/entity", "company-config/location", "company-config/department");

    [Fact]
    public async Task Model_WithoutName_ListsEveryServedObject()
    {
        var result = await fixture.Client.GetAsync("services/core/model");

        var names = result.Rows.Select(r => r!["apiObject"]!.GetValue<string>()).ToHashSet();
        Assert.Superset(Objects.Select(o => o.Data).ToHashSet(), names);
    }

    [Theory]
    [MemberData(nameof(Objects))]
    public async Task Model_ForEachObject_DescribesFieldsAndMethods(string name)
    {
        var result = await fixture.Client.GetAsync("services/core/model?name=" + name);

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("string", result.Result["fields"]!["key"]!["type"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(result.Result["httpMethods"]!.GetValue<string>()));
        Assert.NotNull(result.Result["refs"]);
        Assert.NotNull(result.Result["lists"]);
    }

    [Fact]
    public async Task Model_ForBill_ShowsEnumsReadOnlyRefsAndLines()
    {
        var result = await fixture.Client.GetAsync("services/core/model?name=accounts-payable/bill");
        var model = result.Result;

        Assert.Contains("partiallyPaid", model["fields"]!["state"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.True(model["fields"]!["totalTxnAmountDue"]!["readOnly"]!.GetValue<bool>());
        Assert.Equal("accounts-payable/vendor", model["refs"]!["vendor"]!["apiObject"]!.GetValue<string>());
        Assert.Equal("accounts-payable/bill-line", model["lists"]!["lines"]!["apiObject"]!.GetValue<string>());
        Assert.NotNull(model["groups"]!["currency"]!["fields"]!["txnCurrency"]);
        Assert.Equal("rootObject", model["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Model_UnknownName_Answers404()
    {
        var result = await fixture.Client.GetAsync("services/core/model?name=accounts-payable/widget");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
    }
}
