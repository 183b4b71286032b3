namespace IntacctMcp.Sandbox.Model;

internal static partial class SandboxObjects
{
    /// <summary>
    /// Budgets (reference §9.3): a header, its owned details (one amount per account, reporting period and department),
    /// and the reporting periods the details point at. Details are read-only here, as in Sage (written through the budget).
    /// </summary>
    private static ObjectDef[] BudgetObjects() =>
    [
        new ObjectBuilder(Budget, "GET")
            .Text("id", required: true).Text("description", required: true)
            .Boolean("isDefault")
            .Text("submitterName", readOnly: true)
            .Enum("status", Statuses)
            .Boolean("consolidateAmounts")
            .Text("currency")
            .Enum("systemGenerated", ["true", "false"], readOnly: true)
            .Entity().Audit()
            .List("lines", BudgetDetail, "budget").Build(),
        new ObjectBuilder(BudgetDetail, "GET", owned: true)
            .Text("id", readOnly: true)
            .Ref("budget", Budget, readOnly: true)
            .Ref("glAccount", Account, required: true)
            .Dimensions()
            .Ref("reportingPeriod", ReportingPeriod)
            .Text("notes")
            .Decimal("amount", required: true)
            .Text("currency.txnCurrency")
            .Entity("budget.entity").Audit().Build(),
        new ObjectBuilder(ReportingPeriod, "GET,POST,PATCH,DELETE")
            .Text("id", required: true)
            .Text("columnHeader1", required: true).Text("columnHeader2")
            .Date("startDate").Date("endDate")
            .Boolean("isBudgetable")
            .Enum("reportingPeriodType", ["standard", "custom"], readOnly: true)
            .Enum("status", Statuses).Audit().Build(),
    ];
}
