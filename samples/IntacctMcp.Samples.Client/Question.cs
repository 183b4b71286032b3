namespace IntacctMcp.Samples.Client;

/// <summary>One product-brief question and the tool call that answers it.</summary>
/// <param name="Number">The question's number in the product brief.</param>
/// <param name="Text">The question as a finance user asks it.</param>
/// <param name="Tool">The tool that answers it.</param>
/// <param name="Arguments">The tool's arguments.</param>
internal sealed record Question(int Number, string Text, string Tool, IReadOnlyDictionary<string, object?> Arguments)
{
    /// <summary>Gets the five questions of the product brief.</summary>
    public static IReadOnlyList<Question> ProductBrief { get; } =
    [
        new(1, "List all open AP bills over $5,000 due in the next 30 days.", "list_bills",
            new Dictionary<string, object?> { ["openOnly"] = true, ["minAmountDue"] = 5000, ["dueWithinDays"] = 30 }),
        new(2, "Show me the journal entry totals by department for last month.", "summarize_journal_entries",
            new Dictionary<string, object?> { ["groupBy"] = "department", ["period"] = "last_month" }),
        new(3, "Create a vendor bill for Acme Maintenance for $1,250 against GL account 6100.", "create_bill",
            new Dictionary<string, object?> { ["vendor"] = "Acme Maintenance", ["amount"] = 1250, ["glAccount"] = "6100" }),
        new(4, "Pull the trial balance for Q1 by account category.", "get_trial_balance",
            new Dictionary<string, object?> { ["period"] = "Q1", ["groupBy"] = "category" }),
        new(5, "Who are our top 10 customers by outstanding invoice balance?", "list_customers",
            new Dictionary<string, object?> { ["orderBy"] = "totalDue desc", ["pageSize"] = 10 }),
    ];
}
