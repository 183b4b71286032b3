namespace IntacctMcp.Tools.Catalog;

/// <summary>Parameter descriptions shared by many tools; short and free of characters JSON escapes, because tools/list goes to the model on every turn.</summary>
internal static class Describe
{
    public const string Fields = "Comma-separated.";
    public const string OrderBy = "e.g. totalDue desc, id";
    public const string PageSize = "Rows, 1-1000.";
    public const string Start = "From next; default 1.";
    public const string Period = "e.g. last_month, this_quarter, Q1 2026, ytd, last_year.";
    public const string StartDate = "yyyy-mm-dd, instead of period.";
    public const string DateToday = "yyyy-mm-dd; default today.";
    public const string EndDate = DateToday;
    public const string DueDate = "yyyy-mm-dd; default by terms, else +30 days.";
    public const string DryRun = "Only show the exact Sage request.";
    public const string Amount = "Decimal over 0, max 2 decimals.";
    public const string GlAccount = "GL account number, e.g. 6100.";
    public const string Lines = "Or lines: [{glAccount, amount, memo, dimensions}].";
    public const string Dimensions = "IDs, e.g. {department: FIN, location: E100}.";
    public const string OpenOnly = "Posted or partiallyPaid, amount due.";
    public const string MinAmountDue = "Amount still due exceeds this.";
    public const string DueWithinDays = "Due from today to today+N.";
    public const string DueBefore = "Due on/before yyyy-mm-dd.";
    public const string DueAfter = "Due on/after yyyy-mm-dd.";
    public const string State = "draft, posted, partiallyPaid, paid, reversed (comma-separated).";
    public const string Status = "active or inactive.";
}
