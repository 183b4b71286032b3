using System.Text.Json;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using ModelContextProtocol;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The intacct:// resources against the sandbox: what they hold, their errors, and what a read costs Sage.</summary>
[Collection(SandboxCollection.Name)]
public sealed class ResourcesTests(SandboxFixture fixture)
{
    private const string QueryRoute = "POST /services/core/query";

    private ToolsHarness Tools => fixture.Tools;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ListResourcesAndTemplates_NameTheCompaniesAndTheThreeTemplates()
    {
        var resources = await Tools.Client.ListResourcesAsync(cancellationToken: Ct);
        var templates = await Tools.Client.ListResourceTemplatesAsync(cancellationToken: Ct);

        Assert.Equal("intacct://companies", Assert.Single(resources).Uri);
        Assert.Equal(
            ["intacct://{company}/accounts", "intacct://{company}/dimensions/{dimension}", "intacct://{company}/objects/{+object}/schema"],
            templates.Select(t => t.UriTemplate).Order(StringComparer.Ordinal));
        Assert.All(templates, t => Assert.Equal("application/json", t.MimeType));
    }

    [Fact]
    public async Task ReadCompanies_ListsConfiguredCompaniesWithoutSecrets()
    {
        var (text, json) = await ReadAsync(Tools.Client, "intacct://companies");

        var companies = json.GetProperty("companies").EnumerateArray().ToList();
        Assert.Equal([SandboxFixture.Demo, SandboxFixture.Throttled], companies.Select(c => c.GetProperty("name").GetString()));
        Assert.True(companies[0].GetProperty("isDefault").GetBoolean());
        Assert.True(companies[0].GetProperty("isSandbox").GetBoolean());
        Assert.Equal("DEMO", companies[0].GetProperty("companyId").GetString());
        Assert.DoesNotContain(SandboxDemo.ClientSecret, text, StringComparison.Ordinal);
        Assert.DoesNotContain(SandboxDemo.ClientId, text, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ReadAccounts_IsTheChartOfAccountsWithSageFieldNames()
    {
        var (_, json) = await ReadAsync(Tools.Client, "intacct://demo/accounts");

        var expected = fixture.Sandbox.ExportObjects("general-ledger/account");
        var accounts = json.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Equal("demo", json.GetProperty("company").GetString());
        Assert.Equal(expected.Count, accounts.Count);
        var rent = accounts.Single(a => a.GetProperty("id").GetString() == "6100");
        var sageRent = expected.Single(a => (string?)a["id"] == "6100");
        foreach (var field in new[] { "name", "accountType", "category", "normalBalance", "status" })
        {
            Assert.Equal((string?)sageRent[field], rent.GetProperty(field).GetString());
        }
    }

    [Theory]
    [InlineData("intacct://demo/dimensions/department", "company-config/department")]
    [InlineData("intacct://demo/dimensions/projects", "projects/project")]
    public async Task ReadDimension_ListsEveryValue(string uri, string objectName)
    {
        // A cold cache: other tests add values, and a warm list may be up to five minutes old by design.
        await using var harness = await ColdAsync("demo");
        var (_, json) = await ReadAsync(harness.Client, uri);

        var expected = fixture.Sandbox.ExportObjects(objectName).Select(o => (string?)o["id"]).Order(StringComparer.Ordinal);
        Assert.Equal(expected, json.GetProperty("values").EnumerateArray().Select(v => v.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("intacct://demo/objects/accounts-payable/vendor/schema")]
    [InlineData("intacct://demo/objects/accounts-payable%2Fvendor/schema")]
    public async Task ReadSchema_ObjectWithOrWithoutItsSlashEncoded_IsWhatDescribeObjectShows(string uri)
    {
        var (_, json) = await ReadAsync(Tools.Client, uri);
        var described = ToolsHarness.Structured(await Tools.CallAsync("describe_object", new { @object = "accounts-payable/vendor" }));

        Assert.Equal("accounts-payable/vendor", json.GetProperty("object").GetString());
        Assert.Equal(described.GetProperty("fields").GetRawText(), json.GetProperty("fields").GetRawText());
    }

    [Theory]
    [InlineData("intacct://elsewhere/accounts", "'elsewhere' is not a configured company; use one of: demo, throttled")]
    [InlineData("intacct://demo/dimensions/colour", "'colour' is not a dimension; use one of department")]
    [InlineData("intacct://demo/objects/accounts-payable/nothing/schema", "accounts-payable/nothing")]
    public async Task Read_UnknownCompanyDimensionOrObject_IsResourceNotFoundSayingWhatToUse(string uri, string expected)
    {
        var error = await Assert.ThrowsAsync<McpProtocolException>(() => Tools.Client.ReadResourceAsync(uri, cancellationToken: Ct).AsTask());

        Assert.Equal(McpErrorCode.ResourceNotFound, error.ErrorCode);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_CostsSageAtMostOneCallCold_AndNoneWarm_SharingTheToolsCache()
    {
        // A company name of its own: the caches are per company, so this one starts cold whatever ran before.
        await using var harness = await ColdAsync("cold");
        var control = fixture.Sandbox.Control;
        await harness.CallAsync("test_connection");

        control.ResetCounters();
        await ReadAsync(harness.Client, "intacct://cold/accounts");
        var cold = control.GetCounters();
        control.ResetCounters();
        await ReadAsync(harness.Client, "intacct://cold/accounts");
        await ReadAsync(harness.Client, "intacct://cold/objects/general-ledger/account/schema");
        var afterSchema = control.GetCounters();
        control.ResetCounters();
        await harness.CallAsync("describe_object", new { @object = "general-ledger/account" });
        await ReadAsync(harness.Client, "intacct://cold/objects/general-ledger/account/schema");
        var warm = control.GetCounters();

        Assert.Equal(1, cold.ApiRequests);
        Assert.Equal(1, cold.RequestsByRoute.GetValueOrDefault(QueryRoute));
        Assert.Equal(1, afterSchema.ApiRequests); // the account list warm; the model cold
        Assert.Equal(0, warm.ApiRequests);
    }

    /// <summary>A tools server of its own on the sandbox, its caches empty, with one company named <paramref name="company"/>.</summary>
    private Task<ToolsHarness> ColdAsync(string company) =>
        ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o =>
            {
                o.DefaultCompany = company;
                o.Companies[company] = SandboxFixture.Company(fixture.Sandbox, TimeSpan.FromMinutes(2));
            }),
            cancellationToken: Ct);

    private static async Task<(string Text, JsonElement Json)> ReadAsync(McpClient client, string uri)
    {
        var result = await client.ReadResourceAsync(uri, cancellationToken: Ct);
        var content = Assert.IsType<TextResourceContents>(Assert.Single(result.Contents));
        Assert.Equal("application/json", content.MimeType);
        Assert.Equal(uri, content.Uri);
        return (content.Text, JsonDocument.Parse(content.Text).RootElement.Clone());
    }
}
