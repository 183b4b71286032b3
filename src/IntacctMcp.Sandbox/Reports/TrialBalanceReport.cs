namespace IntacctMcp.Sandbox.Reports;

/// <summary>A finished trial balance report.</summary>
internal sealed record TrialBalanceReport(
    string ReportId, string Title1, string? Title2, string OutputType, DateOnly StartDate, DateOnly EndDate,
    string? LocationId, string? DepartmentId, IReadOnlyList<TrialBalanceRow> Rows, DateTimeOffset CreatedAt);
