using System.Text.Json;

namespace IntacctMcp.Benchmarks;

/// <summary>5 and 7. For each product-brief question (and issue 19's statement, cash and dimension questions): the Sage requests the tool made, the Sage JSON it read, and the size of its answer.</summary>
internal static class QuestionsBenchmark
{
    public static async Task<IReadOnlyList<QuestionCost>> RunAsync(BenchmarkContext context, CancellationToken cancellationToken)
    {
        var environment = context.Launcher.Environment(context.Sandbox, ClientLimits.Unthrottled);
        await using var client = await ServerLauncher.StartStdioAsync(environment, ["--allow-writes"], cancellationToken);

        // Fetch the token first so that each question counts only its own Sage requests.
        _ = await client.CallToolAsync("test_connection", new Dictionary<string, object?>(), cancellationToken: cancellationToken);

        var costs = new List<QuestionCost>();
        foreach (var (number, tool, arguments) in ProductBriefQuestions())
        {
            var before = context.Sandbox.Control.GetCounters();
            var result = await client.CallToolAsync(tool, arguments, cancellationToken: cancellationToken);
            var after = context.Sandbox.Control.GetCounters();
            costs.Add(new QuestionCost(
                number,
                tool,
                after.ApiRequests - before.ApiRequests,
                after.ResponseBytes - before.ResponseBytes,
                JsonSerializer.SerializeToUtf8Bytes(result, ModelContextProtocol.McpJsonUtilities.DefaultOptions.GetTypeInfo(result.GetType())).Length,
                result.IsError == true));
        }

        return costs;
    }

    private static IEnumerable<(int Number, string Tool, Dictionary<string, object?> Arguments)> ProductBriefQuestions()
    {
        yield return (1, "list_bills", new() { ["openOnly"] = true, ["minAmountDue"] = 5000, ["dueWithinDays"] = 30 });
        yield return (2, "summarize_journal_entries", new() { ["groupBy"] = "department", ["period"] = "last_month" });
        yield return (3, "create_bill", new() { ["vendor"] = "Acme Maintenance", ["amount"] = 1250, ["glAccount"] = "6100" });
        yield return (4, "get_trial_balance", new() { ["period"] = "Q1", ["groupBy"] = "category" });
        yield return (5, "list_customers", new() { ["orderBy"] = "totalDue desc", ["pageSize"] = 10 });

        // Issue 19's statement questions: "What was our P&L last quarter by department, against the quarter before?",
        // "Show me the balance sheet at the end of last month", "How are we doing against budget for Q1?"
        yield return (6, "get_income_statement", new() { ["period"] = "last_quarter", ["groupBy"] = "department", ["compare"] = "prior_period" });
        yield return (7, "get_balance_sheet", new() { ["asOf"] = "last_month" });
        yield return (8, "get_budget_variance", new() { ["period"] = "Q1" });
        // Issue 19: "What is our cash position today?" (cold: the bank and card lists are not cached yet) and
        // "Which departments and projects do we have?" (two calls of one tool).
        yield return (9, "get_cash_position", new());
        yield return (10, "list_dimension_values", new() { ["dimension"] = "department" });
        yield return (10, "list_dimension_values", new() { ["dimension"] = "project" });
    }
}
