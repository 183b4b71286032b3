using System.ComponentModel;
using System.Globalization;
using System.Security.Claims;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Primitives;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Prompts;

/// <summary>
/// Prompts a finance user picks from the client's menu: each renders a short plan of tool calls with their arguments
/// filled in (periods resolved to dates, a vendor to its ID, a budget checked), what to look for, and the order. A
/// prompt reads at most the cached vendor or budget list; the plan's calls are the assistant's to make.
/// </summary>
[McpServerPromptType]
internal sealed class FinancePrompts(PromptPlans plans, CompanyCalls companies, PeriodResolver periods, ReferenceDataCache cache)
{
    private const string Company = "Company name (default: the default company).";
    private const string Entity = "Entity ID of a multi-entity company.";

    [McpServerPrompt(Name = "month_end_review", Title = "Month-end review")]
    [Description("Close checklist for a period: unposted journals, trial balance, AP/AR aging, budget variances, balance sheet.")]
    public Task<GetPromptResult> MonthEndReview(
        [Description("Period to close, e.g. last_month or Q1 2026 (default last_month).")] string? period = null,
        [Description(Company)] string? company = null,
        [Description(Entity)] string? entity = null,
        McpServer? server = null,
        ClaimsPrincipal? user = null)
    {
        var call = companies.Open(company, entity, user);
        company = Named(company, call);
        var (name, range) = PromptArguments.Period(periods, period, "last_month");
        var steps = new List<PlanStep>
        {
            Step("list_journal_entries", company, entity, new() { ["period"] = name, ["state"] = "draft" }, "Unposted (draft) entries dated in the period: each must be posted or reversed before the close."),
            Step("get_trial_balance", company, entity, new() { ["period"] = name, ["groupBy"] = "category" }, "Total debits equal total credits; a category that moved far more than in a usual month needs an explanation."),
            Step("summarize_journal_entries", company, entity, new() { ["groupBy"] = "journal", ["period"] = name }, "Activity per journal (GJ, APJ, ARJ): a journal with nothing posted, or much more than usual, is worth a question."),
            Step("get_ap_aging", company, entity, [], "Bills over 60 days past due and vendors whose balance grew: unrecorded or disputed invoices."),
            Step("get_ar_aging", company, entity, [], "Customers over 60 days past due: collection calls, or a bad-debt reserve before the close."),
            Step("get_budget_variance", company, entity, new() { ["period"] = name }, "Accounts more than 10% off budget (and over 1,000): get the reason before sign-off."),
            Step("get_balance_sheet", company, entity, new() { ["asOf"] = name }, "totals.balanced is true; cash agrees with the bank statements; no odd balances in suspense or clearing accounts."),
        };
        return Task.FromResult(plans.Render(
            $"Month-end review of {range.Label}",
            $"Month-end review of {Label(range)} for company {call.Company}{For(entity)}.",
            steps,
            "Finish with a short close checklist: what is ready, what needs action, and who should act.",
            server,
            user));
    }

    [McpServerPrompt(Name = "ap_payment_run", Title = "AP payment run")]
    [Description("Which open bills to pay: due within N days, over a minimum, against cash available.")]
    public Task<GetPromptResult> ApPaymentRun(
        [Description("Bills due within this many days (default 14).")] string? dueWithinDays = null,
        [Description("Only bills with at least this amount due, e.g. 500.")] string? minAmount = null,
        [Description(Company)] string? company = null,
        [Description(Entity)] string? entity = null,
        McpServer? server = null,
        ClaimsPrincipal? user = null)
    {
        var call = companies.Open(company, entity, user);
        company = Named(company, call);
        var days = PromptArguments.Days("dueWithinDays", dueWithinDays, 14, 1, 366);
        var minimum = PromptArguments.Amount("minAmount", minAmount);
        var bills = new JsonObject { ["openOnly"] = true, ["dueWithinDays"] = days };
        if (minimum is { } m)
        {
            bills["minAmountDue"] = m;
        }

        bills["orderBy"] = "dueDate asc";
        bills["pageSize"] = 100;
        var steps = new List<PlanStep>
        {
            Step("list_bills", company, entity, bills, "The candidates: each approved, not disputed, not already paid; add up the total of the run."),
            Step("get_ap_aging", company, entity, [], "Bills already past due that should go first; old open items may be disputes to settle before paying."),
            Step("get_cash_position", company, entity, [], "Cash available against the run's total, keeping a buffer for payroll and other commitments."),
            Step("list_ap_payments", company, entity, new() { ["period"] = "this_month" }, "Payments already made this month, so nothing is paid twice."),
        };
        var over = minimum is { } min ? $" with at least {Amounts(min)} due" : string.Empty;
        return Task.FromResult(plans.Render(
            $"AP payment run: bills due within {days} days{over}",
            $"AP payment run for company {call.Company}{For(entity)}: open bills due within {days} days (by {ArgumentParser.Format(periods.Today.AddDays(days))}){over}.",
            steps,
            "Propose the payment list (vendor, bill, due date, amount) with its total, and what to hold back if cash is short. Payments are released in Sage.",
            server,
            user));
    }

    [McpServerPrompt(Name = "ar_collections", Title = "AR collections")]
    [Description("Who to chase: invoices overdue by more than N days, largest balances, recent receipts.")]
    public Task<GetPromptResult> ArCollections(
        [Description("Invoices overdue by more than this many days (default 30).")] string? daysOverdue = null,
        [Description(Company)] string? company = null,
        [Description(Entity)] string? entity = null,
        McpServer? server = null,
        ClaimsPrincipal? user = null)
    {
        var call = companies.Open(company, entity, user);
        company = Named(company, call);
        var days = PromptArguments.Days("daysOverdue", daysOverdue, 30, 0, 3650);
        var today = periods.Today;
        var dueBefore = ArgumentParser.Format(today.AddDays(-days - 1));
        var steps = new List<PlanStep>
        {
            Step("get_ar_aging", company, entity, [], "Customers with balances past due; the older the bucket, the more urgent."),
            Step("list_invoices", company, entity, new() { ["openOnly"] = true, ["dueBefore"] = dueBefore, ["orderBy"] = "dueDate asc", ["pageSize"] = 100 }, $"Invoices more than {days} days overdue (due on or before {dueBefore}): who to contact, largest amounts first."),
            Step("list_customers", company, entity, new() { ["orderBy"] = "totalDue desc", ["pageSize"] = 10 }, "The largest balances overall: a large customer starting to pay late matters most."),
            Step("list_ar_payments", company, entity, new() { ["startDate"] = ArgumentParser.Format(today.AddDays(-30)), ["endDate"] = ArgumentParser.Format(today) }, "Receipts of the last 30 days, so nobody is chased for what was just paid."),
        };
        return Task.FromResult(plans.Render(
            $"AR collections: invoices over {days} days overdue",
            $"AR collections for company {call.Company}{For(entity)}: invoices more than {days} days overdue as of {ArgumentParser.Format(today)}.",
            steps,
            "Draft a collections list: customer, invoices, amount overdue, days late, and the next action (reminder, call, hold on new orders).",
            server,
            user));
    }

    [McpServerPrompt(Name = "budget_review", Title = "Budget review")]
    [Description("Budget against actuals for a period: accounts and departments off budget, and the trend.")]
    public async Task<GetPromptResult> BudgetReview(
        [Description("Period, e.g. ytd, last_quarter or Q1 2026 (default ytd).")] string? period = null,
        [Description("Budget ID (default: the company's default budget).")] string? budget = null,
        [Description(Company)] string? company = null,
        [Description(Entity)] string? entity = null,
        McpServer? server = null,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default)
    {
        var call = companies.Open(company, entity, user);
        company = Named(company, call);
        var (name, range) = PromptArguments.Period(periods, period, "ytd");
        var budgetId = string.IsNullOrWhiteSpace(budget) ? null : await CheckBudgetAsync(call, budget.Trim(), cancellationToken);
        JsonObject Variance(string groupBy)
        {
            var arguments = new JsonObject { ["period"] = name };
            if (budgetId is not null)
            {
                arguments["budget"] = budgetId;
            }

            arguments["groupBy"] = groupBy;
            return arguments;
        }

        var steps = new List<PlanStep>
        {
            Step("get_budget_variance", company, entity, Variance("account"), "Accounts more than 10% off budget (and over 1,000); favorable and unfavorable both need a reason."),
            Step("get_budget_variance", company, entity, Variance("department"), "Which departments drive the variance, and whether their net result is on plan."),
            Step("get_income_statement", company, entity, new() { ["period"] = name, ["compare"] = "prior_period" }, "Whether a variance is new this period or a trend: the same lines moving the same way."),
        };
        return plans.Render(
            $"Budget review of {range.Label}",
            $"Budget review of {Label(range)} for company {call.Company}{For(entity)}, budget {budgetId ?? "(the company's default)"}.",
            steps,
            "Summarize the main variances with their reasons, and the forecast changes or actions they call for.",
            server,
            user);
    }

    [McpServerPrompt(Name = "vendor_review", Title = "Vendor review")]
    [Description("One vendor: record, open bills, aging and this year's payments.")]
    public async Task<GetPromptResult> VendorReview(
        [Description("Vendor ID (V1001) or exact name.")] string vendor,
        [Description(Company)] string? company = null,
        [Description(Entity)] string? entity = null,
        McpServer? server = null,
        ClaimsPrincipal? user = null,
        CancellationToken cancellationToken = default)
    {
        var call = companies.Open(company, entity, user);
        company = Named(company, call);
        if (string.IsNullOrWhiteSpace(vendor))
        {
            throw PromptArguments.Invalid("vendor", "give the vendor's ID (e.g. V1001) or exact name.");
        }

        var record = await PrimitiveErrors.RunAsync(() => cache.ResolveAsync(call, ReferenceKind.Vendors, vendor, "vendor", cancellationToken), McpErrorCode.InvalidParams);
        var id = Rows.Text(record, "id")!;

        // The name is typed into Sage by people and other systems: shown only when it does not read like instructions.
        var recordName = Rows.Text(record, "name")?.Trim();
        var label = recordName is { Length: > 0 } && SuspiciousTextDetector.Inspect(recordName) is null ? $"{id} {recordName}" : id;
        var steps = new List<PlanStep>
        {
            Step("get_vendor", company, entity, new() { ["vendor"] = id }, "Status active, payment terms as agreed, contact and tax details complete."),
            Step("list_bills", company, entity, new() { ["vendor"] = id, ["openOnly"] = true, ["orderBy"] = "dueDate asc" }, "Open bills: what is due soon, anything overdue or disputed."),
            Step("get_ap_aging", company, entity, new() { ["vendor"] = id }, "How old the open balance is; items over 60 days need a reason."),
            Step("list_ap_payments", company, entity, new() { ["vendor"] = id, ["period"] = "ytd" }, "This year's payments: regular, on time, none paid twice."),
        };
        return plans.Render(
            $"Vendor review of {id}",
            $"Vendor review of {label} in company {call.Company}{For(entity)}.",
            steps,
            "Summarize the relationship: balance, what is due, payment record, and anything to follow up with the vendor.",
            server,
            user);
    }

    private async Task<string> CheckBudgetAsync(ToolCall call, string budget, CancellationToken cancellationToken)
    {
        var budgets = await PrimitiveErrors.RunAsync(() => cache.GetAsync(call, ReferenceKind.Budgets, cancellationToken), McpErrorCode.InvalidParams);
        var ids = budgets.Select(b => Rows.Text(b, "id")).OfType<string>().ToList();
        return ids.FirstOrDefault(i => string.Equals(i, budget, StringComparison.OrdinalIgnoreCase))
            ?? throw PromptArguments.Invalid("budget", $"'{budget}' is not a budget of company '{call.Company}'; use one of: {(ids.Count == 0 ? "none" : string.Join(", ", ids))}.");
    }

    private static PlanStep Step(string tool, string? company, string? entity, JsonObject arguments, string lookFor)
    {
        if (!string.IsNullOrWhiteSpace(company))
        {
            arguments["company"] = company.Trim();
        }

        if (!string.IsNullOrWhiteSpace(entity))
        {
            arguments["entity"] = entity.Trim();
        }

        return new PlanStep(tool, arguments, lookFor);
    }

    // The plan names the configured spelling of a company the user named, and leaves the default implicit.
    private static string? Named(string? company, ToolCall call) => string.IsNullOrWhiteSpace(company) ? null : call.Company;

    private static string Label(DateRange range) => $"{range.Label} ({ArgumentParser.Format(range.Start)} to {ArgumentParser.Format(range.End)})";

    private static string For(string? entity) => string.IsNullOrWhiteSpace(entity) ? string.Empty : $", entity {entity.Trim()}";

    private static string Amounts(decimal amount) => amount.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
