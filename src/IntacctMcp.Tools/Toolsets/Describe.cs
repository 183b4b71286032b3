namespace IntacctMcp.Tools.Toolsets;

/// <summary>Parameter descriptions shared by many tools; short, because tools/list is sent to the model on every turn.</summary>
internal static class Describe
{
    public const string Company = "Configured company name (list_companies); default: the only/default one.";
    public const string Entity = "Entity ID for multi-entity companies (X-IA-API-Param-Entity); default: top level.";
    public const string Fields = "Columns, comma-separated field paths (e.g. id,name,vendor.id); default: a compact set.";
    public const string OrderBy = "Sort, e.g. \"dueDate asc\" or \"totalDue desc, name\".";
    public const string PageSize = "Rows per page, 1-1000.";
    public const string Start = "1-based first row; pass the previous result's next.";
    public const string Period = "this_month, last_month, this_quarter, last_quarter, ytd, last_year, Q1-Q4 (calendar-year fiscal year; \"Q1 2026\" names the year). Or use startDate/endDate.";
    public const string StartDate = "First day, yyyy-mm-dd.";
    public const string EndDate = "Last day, yyyy-mm-dd (default today).";
    public const string DryRun = "true: return the exact Sage request without sending it.";
    public const string Amount = "Decimal, positive, max 2 decimals (e.g. 1250 or 99.95).";
    public const string Dimensions = "Dimension IDs for the lines, e.g. {\"department\":\"FIN\",\"location\":\"E100\"}.";
    public const string OpenOnly = "Only open items: posted or partially paid with an amount due.";
    public const string MinAmountDue = "Only items whose amount still due exceeds this (decimal).";
    public const string DueWithinDays = "Only items due from today through today+N.";
    public const string DueBefore = "Due on or before, yyyy-mm-dd.";
    public const string DueAfter = "Due on or after, yyyy-mm-dd.";
    public const string State = "State(s), comma-separated: draft, posted, partiallyPaid, paid, reversed.";
}
