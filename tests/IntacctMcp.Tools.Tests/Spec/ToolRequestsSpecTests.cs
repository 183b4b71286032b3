using System.Text.Json.Nodes;
using IntacctMcp.SpecExtract;
using Xunit;

namespace IntacctMcp.Tools.Tests.Spec;

/// <summary>
/// Every tool, run against the sandbox, sends Sage only field names its published spec has: every field a query names
/// in fields, filters and orderBy exists on the object it queries (dotted paths followed through references), and every
/// create body writes only writable fields. The sandbox records what it receives, so a new tool is covered as soon as it
/// is listed in <see cref="ToolCalls"/>, and an unlisted one fails here.
/// </summary>
public sealed class ToolRequestsSpecTests(SpecSandboxFixture fixture) : IClassFixture<SpecSandboxFixture>
{
    [Fact]
    public async Task EveryTool_AgainstTheSandbox_SendsOnlyFieldsOfSagesSpec()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var tools = (await fixture.Tools.Client.ListToolsAsync(cancellationToken: cancellationToken)).Select(t => t.Name).ToList();
        var calls = ToolCalls.For(fixture.Sandbox);
        Assert.Empty(tools.Except(calls.Keys, StringComparer.Ordinal));

        var failures = new List<string>();
        foreach (var tool in tools)
        {
            foreach (var arguments in calls[tool])
            {
                var result = await fixture.Tools.CallAsync(tool, arguments);
                if (result.IsError == true)
                {
                    failures.Add($"{tool}: {Hosting.ToolsHarness.Text(result)}");
                }
            }
        }

        var check = new RequestCheck(SpecCatalog.LoadDefault());
        var requests = fixture.Requests;
        foreach (var request in requests)
        {
            check.Check(request.Method, request.Path, request.Body is null ? null : JsonNode.Parse(request.Body));
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{tools.Count} tools, {calls.Values.Sum(c => c.Count)} calls, {requests.Count} requests to the sandbox; " +
            $"{check.FieldsChecked} field names checked on {check.Objects.Count} objects ({string.Join(", ", check.Objects)}).");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(check.Violations.Count == 0, string.Join("\n", check.Violations.Select(v => v.ToString()).Distinct()));
        Assert.True(check.FieldsChecked > 100);
    }
}
