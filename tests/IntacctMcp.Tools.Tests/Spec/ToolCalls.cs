using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;

namespace IntacctMcp.Tools.Tests.Spec;

/// <summary>
/// Arguments that exercise every tool, and every field choice inside a tool (each grouping, each period form). A new
/// tool has no entry here until someone adds one, and the spec test fails until then.
/// </summary>
internal static class ToolCalls
{
    public static IReadOnlyDictionary<string, IReadOnlyList<object?>> For(SandboxServer sandbox)
    {
        string First(string objectName, string field) =>
            sandbox.ExportObjects(objectName).Select(r => (string?)r[field]).First(v => !string.IsNullOrEmpty(v))!;

        var journalEntry = sandbox.ExportObjects("general-ledger/journal-entry")[0];
        return new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal)
        {
            ["test_connection"] = [null],
            ["list_companies"] = [null],
            ["list_entities"] = [null],
            ["describe_object"] = [new { @object = "general-ledger/journal-entry-line" }],
            ["list_gl_accounts"] = [null, new { orderBy = "id desc" }],
            ["get_gl_account"] = [new { glAccount = "6100" }],
            ["list_journal_entries"] = [new { period = "last_month" }, new { journal = "GJ", period = "ytd" }],
            ["get_journal_entry"] = [new { id = ((long?)journalEntry["txnNumber"])?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? (string)journalEntry["id"]! }],
            ["summarize_journal_entries"] =
            [
                new { groupBy = "department", period = "last_month" },
                new { groupBy = "account", period = "ytd" },
                new { groupBy = "location", period = "Q1" },
                new { groupBy = "journal", period = "last_quarter" },
                new { groupBy = "month", period = "last_year" },
            ],
            ["get_trial_balance"] = [new { period = "Q1", groupBy = "category" }, new { period = "ytd", groupBy = "account" }],
            ["create_journal_entry"] =
            [
                new
                {
                    description = "Spec check accrual",
                    lines = new object[]
                    {
                        new { glAccount = "6100", debit = 125.5m, memo = "repairs", dimensions = new { department = "OPS" } },
                        new { glAccount = "2000", credit = 125.5m },
                    },
                },
            ],
            ["list_vendors"] = [null, new { orderBy = "totalDue desc", pageSize = 5 }],
            ["get_vendor"] = [new { vendor = First("accounts-payable/vendor", "id") }],
            ["list_bills"] = [new { openOnly = true, minAmountDue = 5000, dueWithinDays = 30 }, new { vendor = "Acme Maintenance" }],
            ["get_bill"] = [new { billNumber = First("accounts-payable/bill", "billNumber") }],
            ["list_ap_payments"] = [new { period = "ytd" }, new { vendor = First("accounts-payable/vendor", "id") }],
            ["get_ap_aging"] = [null],
            ["create_bill"] = [new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100" }],
            ["list_customers"] = [new { orderBy = "totalDue desc", pageSize = 10 }],
            ["get_customer"] = [new { customer = First("accounts-receivable/customer", "id") }],
            ["list_invoices"] = [new { openOnly = true }],
            ["get_invoice"] = [new { invoiceNumber = First("accounts-receivable/invoice", "invoiceNumber") }],
            ["list_ar_payments"] = [new { period = "ytd" }, new { customer = First("accounts-receivable/customer", "id") }],
            ["get_ar_aging"] = [null],
            ["create_invoice"] = [new { customer = First("accounts-receivable/customer", "id"), amount = 980.5m, glAccount = "4100" }],
            ["query"] =
            [
                new
                {
                    @object = "general-ledger/journal-entry-line",
                    fields = new[] { "journalEntry.id", "glAccount.id", "txnType", "txnAmount", "entryDate", "journalEntry.postingDate" },
                    filters = new[] { new JsonObject { ["$eq"] = new JsonObject { ["journalEntry.state"] = "posted" } } },
                    orderBy = new[] { new JsonObject { ["entryDate"] = "desc" } },
                    size = 5,
                },
            ],
            ["call_sage_endpoint"] = [new { method = "GET", path = "/objects/accounts-payable/vendor" }],
            ["get_income_statement"] =
            [
                new { period = "last_quarter", groupBy = "department", compare = "prior_period" },
                new { period = "ytd", groupBy = "location", compare = "prior_year" },
                new { startDate = "2026-01-01", endDate = "2026-03-31", groupBy = "account" },
            ],
            ["get_balance_sheet"] = [new { asOf = "last_month" }, new { groupBy = "account", compare = "prior_year" }],
            ["get_budget_variance"] = [new { period = "Q1" }, new { period = "ytd", groupBy = "department", budget = "Std_Budget" }, new { period = "Q1 2019" }],
            ["get_cash_position"] = [null, new { asOf = "last_month" }],
            ["list_dimension_values"] =
            [
                new { dimension = "department", search = "fin" },
                new { dimension = "location" },
                new { dimension = "class" },
                new { dimension = "project", search = "P-00" },
                new { dimension = "employee" },
                new { dimension = "item" },
                new { dimension = "customer" },
                new { dimension = "vendor" },
            ],
        };
    }
}
