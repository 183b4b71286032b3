using System.Text.Json;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Tests.Hosting;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>Every tool called against the sandbox; each structured result must validate against the output schema the tool advertises.</summary>
[Collection(SandboxCollection.Name)]
public sealed class OutputSchemaTests(SandboxFixture fixture)
{
    private static readonly EvaluationOptions Validation = new() { OutputFormat = OutputFormat.List, RequireFormatValidation = true };

    [Fact]
    public async Task EveryTool_SandboxCalls_StructuredContentMatchesOutputSchema()
    {
        var tools = (await fixture.Tools.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(t => t.Name, t => t.ProtocolTool, StringComparer.Ordinal);
        var calls = OutputSchemaCalls.For(fixture.Sandbox);
        Assert.Equal(ToolCatalog.ByName.Keys.Order(StringComparer.Ordinal), calls.Keys.Order(StringComparer.Ordinal));

        var failures = new List<string>();
        var truncated = 0;
        foreach (var (name, cases) in calls)
        {
            var schema = JsonSchema.FromText(tools[name].OutputSchema!.Value.GetRawText());
            foreach (var arguments in cases)
            {
                var result = await fixture.Tools.CallAsync(name, arguments);
                var label = $"{name} {JsonSerializer.Serialize(arguments)}";
                if (result.IsError == true || result.StructuredContent is not { } structured)
                {
                    failures.Add($"{label}: no structured result: {ToolsHarness.Text(result)}");
                    continue;
                }

                truncated += structured.TryGetProperty("truncated", out var t) && t.ValueKind == JsonValueKind.True ? 1 : 0;
                var evaluation = schema.Evaluate(structured, Validation);
                if (!evaluation.IsValid)
                {
                    failures.Add($"{label}: {Describe(evaluation)}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        Assert.True(truncated >= 2, $"only {truncated} result(s) were cut to the response budget; the cut shape went unchecked");
    }

    [Fact]
    public async Task RecordsAndReports_CutToASmallBudget_StillMatchOutputSchema()
    {
        // ToolResults.Object cuts a record's or report's largest list and adds truncated and note; at the default budget
        // the demo data rarely needs it, so a 1 KB budget makes every one of these cut.
        await using var tools = await ToolsHarness.StartAsync(
            s => s.AddIntacctClient(o => o.Companies[SandboxFixture.Demo] = SandboxFixture.Company(fixture.Sandbox, TimeSpan.FromMinutes(1))),
            o => o.ResponseBudgetBytes = 1024,
            cancellationToken: TestContext.Current.CancellationToken);
        var schemas = (await tools.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken))
            .ToDictionary(t => t.Name, t => JsonSchema.FromText(t.ProtocolTool.OutputSchema!.Value.GetRawText()), StringComparer.Ordinal);
        (string Tool, object? Arguments)[] calls =
        [
            ("get_ap_aging", null),
            ("get_ar_aging", null),
            ("get_trial_balance", new { groupBy = "account" }),
            ("summarize_journal_entries", new { groupBy = "account", period = "ytd" }),
            ("describe_object", new { @object = "accounts-payable/bill" }),
            ("call_sage_endpoint", new { method = "GET", path = "/objects/general-ledger/journal-entry" }),
            ("list_bills", new { pageSize = 100 }),
        ];

        var failures = new List<string>();
        foreach (var (tool, arguments) in calls)
        {
            var structured = ToolsHarness.Structured(await tools.CallAsync(tool, arguments));
            var evaluation = schemas[tool].Evaluate(structured, Validation);
            if (!structured.TryGetProperty("truncated", out var cut) || cut.ValueKind != JsonValueKind.True)
            {
                failures.Add($"{tool}: not cut at 1 KB, so the cut shape went unchecked");
            }
            else if (!evaluation.IsValid)
            {
                failures.Add($"{tool}: {Describe(evaluation)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public async Task OutputSchema_ResultWithAWrongTypeAFormatOrAMissingField_IsRejected()
    {
        // The check can fail: a real result with a field of the wrong type, a date in another format or a required field
        // left out does not validate. (Fields the schema does not name are allowed: Sage's rows carry more when asked.)
        var tools = await fixture.Tools.Client.ListToolsAsync(cancellationToken: TestContext.Current.CancellationToken);
        var schema = JsonSchema.FromText(tools.Single(t => t.Name == "get_ap_aging").ProtocolTool.OutputSchema!.Value.GetRawText());
        var data = System.Text.Json.Nodes.JsonNode.Parse(ToolsHarness.Structured(await fixture.Tools.CallAsync("get_ap_aging")).GetRawText())!.AsObject();
        Assert.True(schema.Evaluate(JsonSerializer.SerializeToElement(data), Validation).IsValid);

        data["rows"]![0]!["current"] = "x";
        data["rows"]![1]!.AsObject().Remove("total");
        data["asOfDate"] = "12/07/2026";

        var evaluation = schema.Evaluate(JsonSerializer.SerializeToElement(data), Validation);
        Assert.False(evaluation.IsValid);
        Assert.Contains("/asOfDate", Describe(evaluation), StringComparison.Ordinal);
        Assert.Contains("/rows/0/current", Describe(evaluation), StringComparison.Ordinal);
        Assert.Contains("/rows/1", Describe(evaluation), StringComparison.Ordinal);
    }

    private static string Describe(EvaluationResults evaluation) => string.Join(
        "; ",
        (evaluation.Details ?? []).Append(evaluation)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Value}")));
}
