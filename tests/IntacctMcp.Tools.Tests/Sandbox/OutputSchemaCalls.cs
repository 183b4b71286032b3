using System.Text.Json.Nodes;
using IntacctMcp.Sandbox;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>
/// Realistic calls of every tool whose results are checked against the tool's output schema: default and custom
/// <c>fields</c>, a page cut to the response budget, every grouping, dry runs and real writes. A new tool has no entry
/// until someone adds one, and the schema test fails until then.
/// </summary>
internal static class OutputSchemaCalls
{
    public static IReadOnlyDictionary<string, IReadOnlyList<object?>> For(SandboxServer sandbox)
    {
        string First(string objectName, string field) =>
            sandbox.ExportObjects(objectName).Select(r => (string?)r[field]).First(v => !string.IsNullOrEmpty(v))!;

        string MostLines(string objectName, string field) =>
            (string)sandbox.ExportObjects(objectName).Where(r => !string.IsNullOrEmpty((string?)r[field])).OrderByDescending(r => r["lines"]!.AsArray().Count).First()[field]!;

        var vendor = First("accounts-payable/vendor", "id");
        var customer = First("accounts-receivable/customer", "id");
        var journalEntry = (string)sandbox.ExportObjects("general-ledger/journal-entry")[0]["id"]!;
        var journalLines = new object[]
        {
            new { glAccount = "6100", debit = 125.5m, memo = "repairs", dimensions = new { department = "OPS" } },
            new { glAccount = "2000", credit = 125.5m },
        };
        return new Dictionary<string, IReadOnlyList<object?>>(StringComparer.Ordinal)
        {
            ["test_connection"] = [null],
            ["list_companies"] = [null],
            ["list_entities"] = [null],
            ["describe_object"] = [new { @object = "accounts-payable/bill" }, new { @object = "general-ledger/journal-entry-line" }],
            ["list_gl_accounts"] = [null, new { fields = "id,name,closingType,disallowDirectPosting", pageSize = 5 }],
            ["get_gl_account"] = [new { glAccount = "6100" }],
            ["list_journal_entries"] = [new { period = "ytd" }, new { pageSize = 1000 }],
            ["get_journal_entry"] = [new { id = journalEntry }],
            ["summarize_journal_entries"] =
            [
                new { groupBy = "department", period = "ytd" },
                new { groupBy = "account", period = "ytd" },
                new { groupBy = "location", period = "ytd" },
                new { groupBy = "journal", period = "ytd" },
                new { groupBy = "month", period = "last_year" },
            ],
            ["get_trial_balance"] = [new { groupBy = "category" }, new { groupBy = "account" }],
            ["create_journal_entry"] =
            [
                new { description = "Schema check accrual", lines = journalLines, dryRun = true },
                new { description = "Schema check accrual", lines = journalLines, referenceNumber = "SCHEMA-1" },
            ],
            ["list_vendors"] = [null, new { fields = "id,name,totalDue,creditLimit,audit.createdDateTime", orderBy = "totalDue desc", pageSize = 5 }],
            ["get_vendor"] = [new { vendor }],
            ["list_bills"] = [new { openOnly = true }, new { vendor = "Acme Maintenance", pageSize = 1000 }],
            ["get_bill"] = [new { billNumber = MostLines("accounts-payable/bill", "billNumber") }],
            ["list_ap_payments"] = [new { period = "ytd" }, new { vendor }],
            ["get_ap_aging"] = [null, new { vendor }],
            ["create_bill"] =
            [
                new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100", dryRun = true },
                new { vendor = "Acme Maintenance", amount = 1250, glAccount = "6100", description = "Schema check" },
            ],
            ["list_customers"] = [new { orderBy = "totalDue desc", pageSize = 10 }],
            ["get_customer"] = [new { customer }],
            ["list_invoices"] = [new { openOnly = true, fields = "id,invoiceNumber,totalTxnAmountDue,currency.txnCurrency" }, new { pageSize = 1000 }],
            ["get_invoice"] = [new { invoiceNumber = MostLines("accounts-receivable/invoice", "invoiceNumber") }],
            ["list_ar_payments"] = [new { period = "ytd" }, new { customer }],
            ["get_ar_aging"] = [null, new { customer }],
            ["create_invoice"] =
            [
                new { customer, amount = 980.5m, glAccount = "4100", dryRun = true },
                new { customer, amount = 980.5m, glAccount = "4100", description = "Schema check" },
            ],
            ["query"] =
            [
                new { @object = "accounts-payable/bill", fields = new[] { "state", "sum:totalTxnAmountDue", "count:id" } },
                new
                {
                    @object = "general-ledger/journal-entry-line",
                    fields = new[] { "journalEntry.id", "glAccount.id", "txnType", "txnAmount", "entryDate" },
                    filters = new[] { new JsonObject { ["$eq"] = new JsonObject { ["journalEntry.state"] = "posted" } } },
                    size = 5,
                },
            ],
            ["call_sage_endpoint"] =
            [
                new { method = "GET", path = "/objects/accounts-payable/vendor" },
                new { method = "GET", path = "/objects/accounts-payable/vendor/1" },
                new { method = "POST", path = "/objects/company-config/department", body = new { id = "SCHEMA", name = "Schema check" }, dryRun = true },
            ],
            ["get_income_statement"] =
            [
                null,
                new { period = "last_quarter", groupBy = "department", compare = "prior_period" },
                new { period = "Q1", groupBy = "account", compare = "prior_year" },
            ],
            ["get_balance_sheet"] = [null, new { asOf = "last_month", groupBy = "account", compare = "prior_period" }],
            ["get_budget_variance"] = [new { period = "Q1" }, new { period = "ytd", groupBy = "department" }],
            ["get_cash_position"] = [null, new { asOf = "last_year" }],
            ["list_dimension_values"] = [new { dimension = "project" }, new { dimension = "employee", search = "a" }, new { dimension = "customer", pageSize = 1000 }],
        };
    }
}
