using System.Text.Json;
using IntacctMcp.Sandbox.Json;

namespace IntacctMcp.Sandbox.Reports;

/// <summary>Writes a trial balance download as JSON: one row per account plus totals whose ending debits equal ending credits.</summary>
internal static class TrialBalanceJson
{
    public static void Write(Utf8JsonWriter writer, TrialBalanceReport report)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("ia::result");
        writer.WriteString("reportId", report.ReportId);
        writer.WriteString("reportName", "Trial Balance");
        writer.WriteString("title1", report.Title1);
        if (report.Title2 is not null)
        {
            writer.WriteString("title2", report.Title2);
        }

        writer.WriteString("startDate", RecordJson.FormatDate(report.StartDate));
        writer.WriteString("endDate", RecordJson.FormatDate(report.EndDate));
        if (report.LocationId is not null)
        {
            writer.WriteString("locationId", report.LocationId);
        }

        if (report.DepartmentId is not null)
        {
            writer.WriteString("departmentId", report.DepartmentId);
        }

        writer.WriteStartArray("rows");
        decimal debits = 0, credits = 0, endingDebits = 0, endingCredits = 0;
        foreach (var row in report.Rows)
        {
            var endingDebit = TrialBalanceCalculator.DebitSide(row.Ending);
            var endingCredit = TrialBalanceCalculator.CreditSide(row.Ending);
            debits += row.Debits;
            credits += row.Credits;
            endingDebits += endingDebit;
            endingCredits += endingCredit;
            writer.WriteStartObject();
            writer.WriteString("accountId", row.Account.Id);
            writer.WriteString("accountName", row.Account.Name);
            writer.WriteString("category", row.Account["category"] as string);
            writer.WriteString("accountType", row.Account["accountType"] as string);
            writer.WriteString("normalBalance", row.Account["normalBalance"] as string);
            writer.WriteString("openingBalance", RecordJson.FormatDecimal(row.Opening));
            writer.WriteString("debitAmount", RecordJson.FormatDecimal(row.Debits));
            writer.WriteString("creditAmount", RecordJson.FormatDecimal(row.Credits));
            writer.WriteString("endingBalance", RecordJson.FormatDecimal(row.Ending));
            writer.WriteString("endingDebit", RecordJson.FormatDecimal(endingDebit));
            writer.WriteString("endingCredit", RecordJson.FormatDecimal(endingCredit));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("totals");
        writer.WriteString("debitAmount", RecordJson.FormatDecimal(debits));
        writer.WriteString("creditAmount", RecordJson.FormatDecimal(credits));
        writer.WriteString("endingDebit", RecordJson.FormatDecimal(endingDebits));
        writer.WriteString("endingCredit", RecordJson.FormatDecimal(endingCredits));
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
