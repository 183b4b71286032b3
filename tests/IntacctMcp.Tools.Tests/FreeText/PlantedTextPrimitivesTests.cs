using System.Text.Json;
using IntacctMcp.Tools.Tests.Primitives;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Tools.Tests.FreeText;

/// <summary>A vendor name planted with instructions, as the prompts, resources and completions show it: as data, flagged, or by ID only.</summary>
public sealed class PlantedTextPrimitivesTests(PlantedTextFixture fixture) : IClassFixture<PlantedTextFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PlantedVendorName_FlaggedInTheResource_IdOnlyInThePromptAndTheCompletion()
    {
        await using var harness = await fixture.StartAsync(_ => { }, null);

        var resource = await harness.Client.ReadResourceAsync("intacct://demo/dimensions/vendor", cancellationToken: Ct);
        var prompt = PromptPlanLines.Text(await harness.Client.GetPromptAsync("vendor_review", new Dictionary<string, object?> { ["vendor"] = fixture.VendorId }, cancellationToken: Ct));
        var completion = await harness.Client.CompleteAsync(new PromptReference { Name = "vendor_review" }, "vendor", "Ignore", cancellationToken: Ct);

        var json = JsonDocument.Parse(Assert.IsType<TextResourceContents>(Assert.Single(resource.Contents)).Text).RootElement;
        var flag = Assert.Single(json.GetProperty("suspiciousText").EnumerateArray()).GetString();
        Assert.StartsWith($"vendor {fixture.VendorId} name:", flag, StringComparison.Ordinal);
        Assert.Contains($"Vendor review of {fixture.VendorId} in company", prompt, StringComparison.Ordinal);
        Assert.DoesNotContain("Ignore previous", prompt, StringComparison.Ordinal);
        Assert.Equal([fixture.VendorId], completion.Completion.Values);
    }
}
