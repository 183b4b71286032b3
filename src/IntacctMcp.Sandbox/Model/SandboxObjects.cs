using System.Collections.Frozen;

namespace IntacctMcp.Sandbox.Model;

/// <summary>
/// The catalog of objects the sandbox serves. Every field, its type and read-only flag is Sage's, as its OpenAPI
/// schema <c>objects.{application}.{object}</c> publishes it; a test holds this catalog to the spec extract.
/// </summary>
internal static partial class SandboxObjects
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
    public const string Budget = "general-ledger/budget";
    public const string BudgetDetail = "general-ledger/budget-detail";
    public const string ReportingPeriod = "general-ledger/reporting-period";
    public const string CheckingAccount = "cash-management/checking-account";
    public const string SavingsAccount = "cash-management/savings-account";
    public const string CreditCardAccount = "cash-management/credit-card-account";
    public const string Class = "company-config/class";
    public const string Employee = "company-config/employee";
    public const string Project = "projects/project";
    public const string Item = "inventory-control/item";

    public static readonly string[] BillStates =
        ["draft", "submitted", "partiallyApproved", "declined", "posted", "partiallyPaid", "paid", "selected", "reversed", "reversal", "analyzing", "noValue"];

    public static readonly string[] ApPaymentStates =
        ["partiallyApproved", "submitted", "voided", "confirmed", "approved", "draft", "declined", "delivered", "printVoided", "quickDelivery"];

    public static readonly string[] ArPaymentStates = ["complete", "reconciled", "draft", "reversed", "reversal"];

    public static readonly string[] ArPaymentMethods =
        ["printedCheck", "creditCard", "eft", "cash", "onlineChargeCard", "onlineAchDebit", "paymentAcceptanceService"];

    private static readonly string[] DimensionStatuses = ["active", "activeNonPosting", "inactive"];

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
                .Enum("bookType", ["accrual", "cash", "cashAndAccrual", "consolidation"])
                .Enum("status", Statuses).Audit().Build(),
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
                .Date("entryDate", readOnly: true)
                .Text("description")
                .Text("documentId")
                .Dimensions()
                .Entity("journalEntry.entity").Audit().Build(),
            Term(ApTerm),
            new ObjectBuilder(Vendor, "GET,POST,PATCH,DELETE")
                .Text("id").Text("name", required: true)
                .Enum("status", DimensionStatuses)
                .Decimal("totalDue", readOnly: true)
                .Ref("term", ApTerm)
                .Ref("defaultExpenseGLAccount", Account)
                .Text("taxId")
                .Number("creditLimit")
                .Text("contacts.default.mailingAddress.city")
                .Text("contacts.default.mailingAddress.state")
                .Text("contacts.default.email1")
                .Entity().Audit().Build(),
            new ObjectBuilder(Bill, "GET,POST,PATCH,DELETE")
                .Text("id", readOnly: true)
                .Text("billNumber").Text("referenceNumber").Text("description")
                .Text("recordType", readOnly: true)
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
            Line(BillLine, "bill", Bill, FieldKind.Text, legacyAudit: false, href: true),
            new ObjectBuilder(ApPayment, "GET,POST,DELETE")
                .Text("id", readOnly: true)
                .Ref("vendor", Vendor, required: true)
                .Date("paymentDate", required: true, writeOnly: true)
                .Date("txnDate", readOnly: true)
                .Date("txnPaidDate", readOnly: true)
                .Text("paymentMethod")
                .Text("paymentRequestMethod")
                .Enum("state", ApPaymentStates, readOnly: true)
                .Text("financialEntity.entityId")
                .Text("txnCurrency.currency")
                .Decimal("txnCurrency.totalAmount", readOnly: true)
                .Text("baseCurrency.currency")
                .Decimal("baseCurrency.totalAmount", readOnly: true)
                .Entity().Audit()
                .List("details", ApPaymentDetail, "apPayment").Build(),
            new ObjectBuilder(ApPaymentDetail, "GET", owned: true)
                .Text("id", readOnly: true)
                .Ref("apPayment", ApPayment)
                .Ref("bill", Bill, required: true)
                .Decimal(PaymentParts.DetailAmount, required: true)
                .Entity("apPayment.entity").Build(),
            Term(ArTerm),
            new ObjectBuilder(Customer, "GET,POST,PATCH,DELETE")
                .Text("id").Text("name", required: true)
                .Enum("status", DimensionStatuses)
                .Decimal("totalDue", readOnly: true)
                .Ref("term", ArTerm)
                .Number("creditLimit")
                .Ref("parent", Customer)
                .Text("contacts.default.mailingAddress.city")
                .Text("contacts.default.mailingAddress.state")
                .Text("contacts.default.email1")
                .Entity().Audit().Build(),
            new ObjectBuilder(Invoice, "GET,POST,PATCH,DELETE")
                .Text("id", readOnly: true)
                .Text("invoiceNumber").Text("referenceNumber").Text("description")
                .Text("recordType", readOnly: true)
                .Ref("customer", Customer, required: true)
                .Date("invoiceDate", required: true)
                .Date("dueDate")
                .Enum("state", InvoiceStates, readOnly: true)
                .DocumentTotals()
                .Ref("term", ArTerm)
                .Text("currency.txnCurrency").Text("currency.baseCurrency")
                .Entity().Audit().WithoutHref()
                .List("lines", InvoiceLine, "invoice").Build(),
            Line(InvoiceLine, "invoice", Invoice, FieldKind.Number, legacyAudit: true, href: false),
            new ObjectBuilder(ArPayment, "GET,POST,DELETE")
                .Text("id", readOnly: true)
                .Ref("customer", Customer, required: true)
                .Date("paymentSummary.receiptDate", required: true)
                .Enum("paymentMethod", ArPaymentMethods)
                .Enum("state", ArPaymentStates, readOnly: true)
                .Text("financialEntity.entityId")
                .Text("txnCurrency.currency")
                .Decimal("txnCurrency.totalAmount", readOnly: true)
                .Text("baseCurrency.currency")
                .Entity().Audit()
                .List("paymentDetails", ArPaymentDetail, "arPayment").Build(),
            new ObjectBuilder(ArPaymentDetail, "GET", owned: true)
                .Text("id", readOnly: true)
                .Ref("arPayment", ArPayment, readOnly: true)
                .Ref("arInvoice", Invoice, required: true)
                .Decimal(PaymentParts.DetailAmount, required: true)
                .Entity("arPayment.entity").Build(),
            new ObjectBuilder(Entity, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", Statuses).Audit().Build(),
            new ObjectBuilder(Location, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", DimensionStatuses).Ref("parent", Location)
                .Entity().Audit().Build(),
            new ObjectBuilder(Department, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Enum("status", DimensionStatuses)
                .Ref("parent", Department).Audit().Build(),
            .. BudgetObjects(),
            BankAccount(CheckingAccount),
            BankAccount(SavingsAccount),
            new ObjectBuilder(CreditCardAccount, "GET,POST,PATCH,DELETE")
                .Text("id", required: true)
                .Text("accountDetails.description")
                .Enum("accountDetails.cardType", ["visa", "mastercard", "discover", "americanExpress", "dinersClub", "otherChargeCard"])
                .Enum("accountDetails.accountType", ["credit", "debit"])
                .Enum("accountDetails.expirationMonth", ["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"])
                .Text("accountDetails.expirationYear")
                .Ref("accounting.offsetGLAccount", Account, required: true)
                .Ref("vendor", Vendor, required: true)
                .Ref("department", Department).Ref("location", Location)
                .Enum("status", Statuses)
                .Entity().Audit().Build(),
            new ObjectBuilder(Class, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true).Text("description")
                .Enum("status", DimensionStatuses).Ref("parent", Class)
                .Entity().Audit().Build(),
            new ObjectBuilder(Employee, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name").Text("jobTitle")
                .Enum("status", Statuses)
                .Date("startDate")
                .Ref("manager", Employee).Ref("department", Department).Ref("location", Location).Ref("class", Class)
                .Entity().Audit().Build(),
            new ObjectBuilder(Project, "GET,POST,PATCH,DELETE")
                .Text("id").Text("name", required: true).Text("description")
                .Enum("category", ["contract", "capitalized", "internalNonBillable", "internalBillable"])
                .Enum("status", Statuses)
                .Date("startDate").Date("endDate")
                .Ref("parent", Project).Ref("customer", Customer).Ref("manager", Employee)
                .Ref("department", Department).Ref("location", Location).Ref("class", Class)
                .Entity().Audit().WithoutHref().Build(),
            new ObjectBuilder(Item, "GET,POST,PATCH,DELETE")
                .Text("id", required: true).Text("name", required: true)
                .Enum("status", Statuses)
                .Enum("itemType", ["inventory", "nonInventory", "purchaseOnlyNonInventory", "salesOnlyNonInventory", "kit", "stockableKit"])
                .Enum("costMethod", ["standard", "average", "FIFO", "LIFO"])
                .Decimal("sales.basePrice").Decimal("purchasing.standardCost")
                .Entity().Audit().Build(),
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

    /// <summary>
    /// A bill or invoice line: an amount on a GL account with dimensions, owned by its document. Sage's two line
    /// schemas differ in small ways the sandbox keeps: <c>lineNumber</c> is a string on bill lines and a number on
    /// invoice lines, and bill lines carry the newer audit block without <c>createdBy</c>/<c>modifiedBy</c>.
    /// </summary>
    private static ObjectBuilder DocumentLine(string name, string owner, string ownerObject, FieldKind lineNumber, bool legacyAudit) =>
        new ObjectBuilder(name, "GET,PATCH,DELETE", owned: true)
            .Text("id", readOnly: true)
            .Ref(owner, ownerObject, readOnly: true)
            .Add(new FieldDef { Path = "lineNumber", Kind = lineNumber, ReadOnly = true })
            .Ref("glAccount", Account, required: true)
            .Decimal("txnAmount", required: true)
            .Decimal("baseAmount", readOnly: true)
            .Text("memo")
            .Dimensions()
            .Entity(owner + ".entity").Audit(legacyAudit);

    /// <summary>A bill or invoice line, built (AR invoice lines carry no <c>href</c> of their own in Sage's schema).</summary>
    private static ObjectDef Line(string name, string owner, string ownerObject, FieldKind lineNumber, bool legacyAudit, bool href)
    {
        var builder = DocumentLine(name, owner, ownerObject, lineNumber, legacyAudit);
        return (href ? builder : builder.WithoutHref()).Build();
    }

    /// <summary>
    /// A checking or savings account: Sage's two schemas share the bank details and the GL account the bank's balance
    /// lives in (<c>accounting.glAccount</c>); neither carries a balance of its own.
    /// </summary>
    private static ObjectDef BankAccount(string name) =>
        new ObjectBuilder(name, "GET,POST,PATCH,DELETE")
            .Text("id", required: true)
            .Text("bankAccountDetails.accountNumber")
            .Text("bankAccountDetails.bankName", required: true)
            .Text("bankAccountDetails.routingNumber")
            .Text("bankAccountDetails.currency", required: true)
            .Ref("accounting.glAccount", Account, required: true)
            .Ref("accounting.apJournal", Journal).Ref("accounting.arJournal", Journal)
            .Ref("department", Department).Ref("location", Location, required: true)
            .Enum("status", Statuses)
            .Entity().Audit().Build();

    /// <summary>An AP or AR term: Sage names it by <c>id</c>, describes it, and counts the days to the due date in <c>due.days</c>.</summary>
    private static ObjectDef Term(string name) =>
        new ObjectBuilder(name, "GET,POST,PATCH,DELETE")
            .Text("id", required: true).Text("description", required: true).Integer("due.days").Enum("status", Statuses).Audit().Build();
}
