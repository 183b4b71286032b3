using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;
using IntacctMcp.Tools.FreeText;
using Xunit;

namespace IntacctMcp.Tools.Tests.FreeText;

public sealed class DemoCompanyFreeTextTests
{
    [Fact]
    public async Task Scan_EveryRecordOfEveryObjectOfTheDemoCompany_NoFlags()
    {
        await using var sandbox = await SandboxServer.StartAsync(new SandboxOptions { RateLimitEnabled = false }, TestContext.Current.CancellationToken);
        var records = 0;
        var strings = 0;
        var flags = new List<string>();

        foreach (var objectName in SandboxServer.ObjectNames)
        {
            var noun = objectName[(objectName.LastIndexOf('/') + 1)..];
            foreach (var record in sandbox.ExportObjects(objectName))
            {
                records++;
                strings += StringValues(record);
                flags.AddRange(SuspiciousTextScanner.Scan(new JsonObject { ["items"] = new JsonArray(record.DeepClone()) }, noun).Select(f => $"{f.Record} {f.Field}: {f.Reason}"));
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{SandboxServer.ObjectNames.Count} objects, {records} records, {strings} string values scanned, {flags.Count} flagged.");
        Assert.True(records > 2000 && strings > 50_000, $"only {records} records, {strings} strings");
        Assert.Empty(flags);
    }

    private static int StringValues(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Sum(p => StringValues(p.Value)),
        JsonArray array => array.Sum(StringValues),
        JsonValue value => value.GetValueKind() == System.Text.Json.JsonValueKind.String ? 1 : 0,
        _ => 0,
    };
}
