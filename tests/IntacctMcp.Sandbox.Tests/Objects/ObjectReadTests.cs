using System.Net;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Objects;

public sealed class ObjectReadTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    [Fact]
    public async Task List_ReturnsReferencesOnly_100PerPage()
    {
        var total = fixture.Server.ExportObjects("accounts-payable/bill").Count;

        var page = await fixture.Client.GetAsync("objects/accounts-payable/bill");
        var next = await fixture.Client.GetAsync("objects/accounts-payable/bill?start=101");

        Assert.Equal(100, page.Rows.Count);
        Assert.Equal(["href", "id", "key"], page.Rows[0]!.AsObject().Select(p => p.Key).Order());
        Assert.Equal(total, page.Meta["totalCount"]!.GetValue<int>());
        Assert.Equal(101, page.Meta["next"]!.GetValue<int>());
        Assert.Equal(1, next.Meta["previous"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_ReturnsTheFullRecordAsExported()
    {
        var expected = fixture.Server.ExportObjects("general-ledger/journal-entry")[10];

        var result = await fixture.Client.GetAsync("objects/general-ledger/journal-entry/" + expected["key"]!.GetValue<string>());

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(expected.ToJsonString(), result.Result.ToJsonString());
        Assert.Equal(1, result.Meta["totalSuccess"]!.GetValue<int>());
    }

    [Fact]
    public async Task Get_SeveralKeys_ReturnsAnArray()
    {
        var result = await fixture.Client.GetAsync("objects/accounts-payable/vendor/1,2,3");

        Assert.Equal(3, result.Rows.Count);
    }

    [Fact]
    public async Task Get_UnknownKey_Answers404NotFound()
    {
        var result = await fixture.Client.GetAsync("objects/accounts-payable/bill/999999");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal("notFound", result.Error["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_UnknownObject_Answers404()
    {
        var result = await fixture.Client.GetAsync("objects/accounts-payable/widget");

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
    }

    [Fact]
    public async Task EntityHeader_ScopesReadsAndHidesOtherEntitiesRecords()
    {
        var bills = fixture.Server.ExportObjects("accounts-payable/bill");
        var e100Key = bills.First(b => b["entity"]!["id"]!.GetValue<string>() == "E100")["key"]!.GetValue<string>();
        var e200Count = bills.Count(b => b["entity"]!["id"]!.GetValue<string>() == "E200");

        var scoped = await fixture.Client.QueryAsync(new { @object = "accounts-payable/bill", fields = new[] { "count:key" } }, entity: "E200");
        var hidden = await fixture.Client.GetAsync("objects/accounts-payable/bill/" + e100Key, entity: "E200");
        var shared = await fixture.Client.GetAsync("objects/accounts-payable/vendor/4", entity: "E200");
        var invalid = await fixture.Client.GetAsync("objects/accounts-payable/vendor/4", entity: "E999");

        Assert.Equal(e200Count, scoped.Rows[0]!["count:key"]!.GetValue<int>());
        Assert.True(e200Count > 0 && e200Count < bills.Count);
        Assert.Equal(HttpStatusCode.NotFound, hidden.Status);
        Assert.Equal(HttpStatusCode.OK, shared.Status);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.Status);
    }
}
