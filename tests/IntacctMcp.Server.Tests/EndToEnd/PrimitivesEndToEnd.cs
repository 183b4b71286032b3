using System.Text.Json;
using System.Text.RegularExpressions;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// Issue 20's "done when" for prompts, resources and completions, asked of any transport: the five prompts listed and
/// each rendered into a plan whose every tool call succeeds, the resource templates, the chart of accounts as a resource,
/// and a vendor completed from "Ac".
/// </summary>
internal static partial class PrimitivesEndToEnd
{
    private static readonly Dictionary<string, Dictionary<string, object?>> PromptArguments = new(StringComparer.Ordinal)
    {
        ["month_end_review"] = new() { ["period"] = "last_month" },
        ["ap_payment_run"] = new() { ["dueWithinDays"] = "30", ["minAmount"] = "1000" },
        ["ar_collections"] = new() { ["daysOverdue"] = "30" },
        ["budget_review"] = new() { ["period"] = "ytd" },
        ["vendor_review"] = new() { ["vendor"] = "Acme Maintenance" },
    };

    /// <summary>Runs every check against a connected client.</summary>
    /// <param name="client">The client.</param>
    /// <param name="company">The company's configured name (the first segment of resource URIs).</param>
    /// <returns>A task.</returns>
    public static async Task CheckAsync(McpClient client, string company)
    {
        var ct = TestContext.Current.CancellationToken;
        var prompts = await client.ListPromptsAsync(cancellationToken: ct);
        Assert.Equal(PromptArguments.Keys.Order(StringComparer.Ordinal), prompts.Select(p => p.Name).Order(StringComparer.Ordinal));

        foreach (var (name, arguments) in PromptArguments)
        {
            var result = await client.GetPromptAsync(name, arguments, cancellationToken: ct);
            var text = string.Concat(result.Messages.Select(m => m.Content).OfType<TextContentBlock>().Select(t => t.Text));
            var calls = Line().Matches(text).ToList();
            Assert.True(calls.Count >= 3, $"{name}: {text}");
            foreach (var call in calls)
            {
                var callArguments = JsonDocument.Parse(call.Groups["args"].Value).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value.Clone());
                var answer = await client.CallToolAsync(call.Groups["tool"].Value, callArguments, cancellationToken: ct);
                Assert.True(answer.IsError != true, $"{name}: {call.Value} failed");
            }
        }

        var templates = await client.ListResourceTemplatesAsync(cancellationToken: ct);
        Assert.Equal(3, templates.Count);
        Assert.Contains(templates, t => t.UriTemplate == "intacct://{company}/accounts");

        var accounts = await client.ReadResourceAsync($"intacct://{company}/accounts", cancellationToken: ct);
        var content = Assert.IsType<TextResourceContents>(Assert.Single(accounts.Contents));
        Assert.Equal("application/json", content.MimeType);
        var rows = JsonDocument.Parse(content.Text).RootElement.GetProperty("accounts").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("id").GetString() == "6100" && r.GetProperty("normalBalance").GetString() == "debit");

        var vendor = await client.CompleteAsync(new PromptReference { Name = "vendor_review" }, "vendor", "Ac", cancellationToken: ct);
        Assert.Contains("Acme Maintenance", vendor.Completion.Values);
    }

    [GeneratedRegex(@"^\d+\. (?<tool>[a-z_]+) (?<args>\{.*\})$", RegexOptions.Multiline)]
    private static partial Regex Line();
}
