using System.Collections.Frozen;

namespace IntacctMcp.Sandbox.Model;

/// <summary>The catalog of objects the sandbox serves, with Sage's field names (reference §8 and the sandbox API brief).</summary>
internal static class SandboxObjects
{
    public const string Account = "general-ledger/account";
    public const string Journal = "general-ledger/journal";
    public const string JournalEntry = "general-ledger/journal-entry";
    public const string JournalEntryLine = "general-ledger/journal-entry-line";
    public const string Vendor = "accounts-payable/vendor";
    public const string ApTerm = "accounts-payable/term";
    public const string Bill = "accounts-payable/bill";
    public const string BillLine = "accounts-payable/bill-line";
    public const string ApPayment = "accounts-payable/payment";
    public const string ApPaymentDetail = "accounts-payable/payment-detail";
    public const string Customer = "accounts-receivable/customer";
    public const string ArTerm = "accounts-receivable/term";
    public const string Invoice = "accounts-receivable/invoice";
    public const string InvoiceLine = "accounts-receivable/invoice-line";
    public const string ArPayment = "accounts-receivable/payment";
    public const string ArPaymentDetail = "accounts-receivable/payment-detail";
    public const string Entity = "company-config/entity";
    public const string Location = "company-config/location";
    public const string Department = "company-config/department";

    public static readonly string[] BillStates =
        ["draft", "submitted", "partiallyApproved", "approved", "declined", "posted", "partiallyPaid", "paid", "selected", "reversed", "reversal", "analyzing", "noValue"];

    public static readonly string[] InvoiceStates = ["draft", "posted", "partiallyPaid", "paid", "selected", "reversed", "reversal", "noValue"];

    public static readonly string[] JournalEntryStates =
        ["draft", "submitted", "partiallyApproved", "approved", "posted", "declined", "reversalPending", "reversed"];

    private static readonly string[] Statuses = ["active", "inactive"];

    /// <summary>Gets every object by name, with references and lists resolved.</summary>
    public static FrozenDictionary<string, ObjectDef> All { get; } = Build();

    public static ObjectDef Get(string name) => All[name];

    private static FrozenDictionary<string, ObjectDef> Build()
    {
        ObjectDef[] defs =
        [
            new ObjectBuilder(Account, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true)
                .Enum("accountType", ["balanceSheet", "incomeStatement"])
                .Enum("normalBalance", ["debit", "credit"])
                .Text("category")
                .Enum("closingType", ["nonClosingAccount", "closingAccount", "closedToAccount"])
                .Ref("closeToGLAccount", Account)
                .Enum("status", Statuses)
                .Boolean("disallowDirectPosting")
                .Boolean("isTaxable")
                .Entity().Audit().Build(),
            new ObjectBuilder(Journal, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true)
                .Enum("bookType", ["accrual", "cash", "both"])
                .Enum("status", Statuses).Entity().Audit().Build(),
            new ObjectBuilder(JournalEntry, "GET,POST,PATCH,DELETE")
                .Text("id", readOnly: true).Integer("txnNumber", readOnly: true)
                .Ref("glJournal", Journal, required: true)
                .Date("postingDate", required: true)
                .Text("description", required: true)
                .Text("referenceNumber")
                .Date("automaticReversalDate")
                .Enum("state", JournalEntryStates)
                .Entity().Audit()
                .List("lines", JournalEntryLine, "journalEntry").Build(),
            new ObjectBuilder(JournalEntryLine, "GET,DELETE", owned: true)
                .Text("id", readOnly: true)
                .Ref("journalEntry", JournalEntry, readOnly: true)
                .Integer("lineNumber", readOnly: true)
                .Ref("glAccount", Account, required: true)
                .Enum("txnType", ["debit", "credit"])
                .Decimal("txnAmount", required: true)
                .Date("postingDate", readOnly: true)
                .Text("description")
                .Text("documentId")
                .Dimensions()
                .Entity().Audit().Build(),
            new ObjectBuilder(ApTerm, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name").Integer("dueInDays").Enum("status", Statuses).Audit().Build(),
            new ObjectBuilder(Vendor, "GET,POST,PATCH,DELETE")
                .Text("id").Text("name", required: true)
                .Enum("status", Statuses)
                .Decimal("totalDue", readOnly: true)
                .Ref("term", ApTerm)
                .Ref("defaultExpenseGLAccount", Account)
                .Text("taxId")
                .Decimal("creditLimit")
                .Text("contacts.default.mailingAddress.city")
                .Text("contacts.default.mailingAddress.state")
                .Text("contacts.default.email1")
                .Entity().Audit().Build(),
            new ObjectBuilder(Bill, "GET,POST,PATCH,DELETE")
                .Text("id", readOnly: true)
                .Text("billNumber").Text("referenceNumber").Text("description")
                .Enum("recordType", ["pi"], readOnly: true)
                .Ref("vendor", Vendor, required: true)
                .Date("createdDate", required: true)
                .Date("postingDate")
                .Date("dueDate")
                .Enum("state", BillStates, readOnly: true)
                .Enum("paymentPriority", ["urgent", "high", "normal", "low"])
                .Boolean("isOnHold")
                .DocumentTotals()
                .Ref("term", ApTerm)
                .Text("currency.txnCurrency").Text("currency.baseCurrency")
                .Entity().Audit()
                .List("lines", BillLine, "bill").Build(),
            DocumentLine(BillLine, "bill", Bill),
            new ObjectBuilder(ApPayment, "GET,POST,DELETE")
                .Text("id", readOnly: true)
                .Ref("vendor", Vendor, required: true)
                .Date("paymentDate", required: true)
                .Enum("paymentMethod", ["printedCheck", "ach", "wireTransfer", "creditCard", "cash", "record"])
                .Enum("state", ["draft", "submitted", "approved", "complete", "declined", "voided", "reversed"], readOnly: true)
                .Text("financialEntity.entityId")
                .Decimal("totalTxnAmount", readOnly: true)
                .Entity().Audit()
                .List("details", ApPaymentDetail, "payment").Build(),
            new ObjectBuilder(ApPaymentDetail, "GET", owned: true)
                .Text("id", readOnly: true)
                .Ref("payment", ApPayment, readOnly: true)
                .Ref("bill", Bill, required: true)
                .Decimal("paymentAmount", required: true)
                .Entity("payment.entity").Build(),
            new ObjectBuilder(ArTerm, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name").Integer("dueInDays").Enum("status", Statuses).Audit().Build(),
            new ObjectBuilder(Customer, "GET,POST,PATCH,DELETE")
                .Text("id").Text("name", required: true)
                .Enum("status", Statuses)
                .Decimal("totalDue", readOnly: true)
                .Ref("term", ArTerm)
                .Decimal("creditLimit")
                .Ref("parent", Customer)
                .Text("contacts.default.mailingAddress.city")
                .Text("contacts.default.mailingAddress.state")
                .Text("contacts.default.email1")
                .Entity().Audit().Build(),
            new ObjectBuilder(Invoice, "GET,POST,PATCH,DELETE")
                .Text("id", readOnly: true)
                .Text("invoiceNumber").Text("referenceNumber").Text("description")
                .Enum("recordType", ["ri"], readOnly: true)
                .Ref("customer", Customer, required: true)
                .Date("invoiceDate", required: true)
                .Date("postingDate")
                .Date("dueDate")
                .Enum("state", InvoiceStates, readOnly: true)
                .DocumentTotals()
                .Ref("term", ArTerm)
                .Text("currency.txnCurrency").Text("currency.baseCurrency")
                .Entity().Audit()
                .List("lines", InvoiceLine, "invoice").Build(),
            DocumentLine(InvoiceLine, "invoice", Invoice),
            new ObjectBuilder(ArPayment, "GET,POST,DELETE")
                .Text("id", readOnly: true)
                .Ref("customer", Customer, required: true)
                .Date("receiptDate", required: true)
                .Enum("paymentMethod", ["check", "ach", "wireTransfer", "creditCard", "cash", "record"])
                .Enum("state", ["draft", "submitted", "complete", "declined", "reversed"], readOnly: true)
                .Text("financialEntity.entityId")
                .Decimal("totalTxnAmount", readOnly: true)
                .Entity().Audit()
                .List("details", ArPaymentDetail, "payment").Build(),
            new ObjectBuilder(ArPaymentDetail, "GET", owned: true)
                .Text("id", readOnly: true)
                .Ref("payment", ArPayment, readOnly: true)
                .Ref("invoice", Invoice, required: true)
                .Decimal("paymentAmount", required: true)
                .Entity("payment.entity").Build(),
            new ObjectBuilder(Entity, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", Statuses).Ref("parent", Entity).Audit().Build(),
            new ObjectBuilder(Location, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", Statuses).Ref("parent", Location)
                .Entity().Audit().Build(),
            new ObjectBuilder(Department, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", ["active", "activeNonPosting", "inactive"])
                .Ref("parent", Department).Audit().Build(),
        ];

        var all = defs.ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);
        foreach (var def in defs)
        {
            foreach (var field in def.Fields)
            {
                if (field.RefObject is { } target)
                {
                    field.Target = all[target];
                }
            }

            foreach (var list in def.Lists)
            {
                list.Child = all[list.ChildObject];
                list.ParentField = list.Child.ByPath[list.ParentFieldPath];
            }
        }

        foreach (var def in defs)
        {
            def.Layout = RenderNode.Build(def);
            if (def.EntityPath is { } path)
            {
                def.EntityAccessor = FieldPath.TryCompile(def, path);
            }
        }

        return all;
    }

    /// <summary>A bill or invoice line: an amount on a GL account with dimensions, owned by its document.</summary>
    private static ObjectDef DocumentLine(string name, string owner, string ownerObject) =>
        new ObjectBuilder(name, "GET,PATCH,DELETE", owned: true)
            .Text("id", readOnly: true)
            .Ref(owner, ownerObject, readOnly: true)
            .Integer("lineNumber", readOnly: true)
            .Ref("glAccount", Account, required: true)
            .Decimal("txnAmount", required: true)
            .Decimal("baseAmount", readOnly: true)
            .Text("memo")
            .Dimensions()
            .Entity(owner + ".entity").Audit().Build();
}
