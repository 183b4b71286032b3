using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Json;
using IntacctMcp.Sandbox.Model;
using IntacctMcp.Sandbox.Query;
using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Reports;

/// <summary>
/// The GL report service (reference §4.5): <c>POST .../trial-balance</c> answers 202 with a report ID, then
/// <c>GET /services/reports/status</c> and <c>GET /services/reports/download</c>. Ignores the entity header;
/// scope with <c>parameters.dimensions.location.id</c>.
/// </summary>
internal static class ReportHandler
{
    private static long _sequence;

    public static ApiResponse Start(ApiRequest request)
    {
        if (!BodyJson.TryParse(request.Body, out var node, out var parseError) || node is not JsonObject body)
        {
            return (parseError ?? SageError.Invalid("The report request must be a JSON object.", null)).ToResponse();
        }

        var parameters = body["parameters"] as JsonObject;
        var error = ParsePeriod(parameters?["timePeriod"], request.Today, out var start, out var end);
        if (error is not null)
        {
            return error.ToResponse();
        }

        var data = request.Company.Data;
        var locationId = Text(parameters?["dimensions"]?["location"]?["id"]);
        var departmentId = Text(parameters?["dimensions"]?["department"]?["id"]);
        var outputType = Text(body["outputType"]) ?? "json";
        if (outputType is not ("json" or "csv" or "text" or "html" or "pdf" or "excel"))
        {
            return SageError.Invalid($"'{outputType}' is not a valid outputType; use html, pdf, csv, excel or text.", "outputType").ToResponse();
        }

        data.Lock.EnterReadLock();
        try
        {
            if (locationId is not null && data[SandboxObjects.Location].ById(locationId) is null)
            {
                return SageError.Invalid($"There is no location '{locationId}'.", "parameters.dimensions.location.id").ToResponse();
            }

            if (departmentId is not null && data[SandboxObjects.Department].ById(departmentId) is null)
            {
                return SageError.Invalid($"There is no department '{departmentId}'.", "parameters.dimensions.department.id").ToResponse();
            }

            var rows = TrialBalanceCalculator.Compute(data, start, end, locationId, departmentId);
            var id = "TB-" + Interlocked.Increment(ref _sequence).ToString("D6", CultureInfo.InvariantCulture);
            request.Company.Reports[id] = new TrialBalanceReport(id, Text(body["title1"]) ?? "Trial Balance", Text(body["title2"]), outputType,
                start, end, locationId, departmentId, rows, request.Now);
            return ApiResponse.Json(202, w =>
            {
                w.WriteStartObject();
                w.WriteStartObject("ia::result");
                w.WriteString("reportId", id);
                w.WriteString("status", "queued");
                w.WriteString("href", StatusHref(id));
                w.WriteEndObject();
                ResultMeta.Write(w, 1, 1, 0);
                w.WriteEndObject();
            });
        }
        finally
        {
            data.Lock.ExitReadLock();
        }
    }

    public static ApiResponse Status(ApiRequest request)
    {
        if (Find(request) is not { } report)
        {
            return UnknownReport(request);
        }

        var download = SandboxPaths.ApiPrefix + "/services/reports/download?reportId=" + report.ReportId;
        var response = ApiResponse.Json(request.State.Options.ReportStatusRedirects ? 303 : 200, w =>
        {
            w.WriteStartObject();
            w.WriteStartObject("ia::result");
            w.WriteString("reportId", report.ReportId);
            w.WriteString("status", "completed");
            w.WriteString("outputType", report.OutputType);
            w.WriteString("downloadUrl", download);
            w.WriteEndObject();
            ResultMeta.Write(w, 1, 1, 0);
            w.WriteEndObject();
        });
        return request.State.Options.ReportStatusRedirects ? response.WithHeaders([new("Location", download)]) : response;
    }

    public static ApiResponse Download(ApiRequest request)
    {
        if (Find(request) is not { } report)
        {
            return UnknownReport(request);
        }

        return report.OutputType == "csv"
            ? new ApiResponse(200, Encoding.UTF8.GetBytes(ToCsv(report))) { ContentType = "text/csv" }
            : ApiResponse.Json(200, w => TrialBalanceJson.Write(w, report));
    }

    private static TrialBalanceReport? Find(ApiRequest request) =>
        request.Company.Reports.GetValueOrDefault(request.Query["reportId"].ToString());

    private static ApiResponse UnknownReport(ApiRequest request) =>
        SageError.NotFound($"There is no report with ID '{request.Query["reportId"]}'.").ToResponse();

    private static string StatusHref(string id) => "/services/reports/status?reportId=" + id;

    private static SageError? ParsePeriod(JsonNode? node, DateOnly today, out DateOnly start, out DateOnly end)
    {
        start = default;
        end = default;
        const string Target = "parameters.timePeriod";
        if (node?["dateRange"] is JsonObject range)
        {
            if (Text(range["startDate"]) is not { } from || !QueryParser.TryParseDate(from, out start) ||
                Text(range["endDate"]) is not { } to || !QueryParser.TryParseDate(to, out end))
            {
                return SageError.Invalid("dateRange needs startDate and endDate in the form yyyy-mm-dd.", Target + ".dateRange");
            }

            return end < start ? SageError.Invalid("endDate is before startDate.", Target + ".dateRange.endDate") : null;
        }

        if (node?["periodToDate"] is JsonObject toDate)
        {
            end = Text(toDate["asOfDate"]) is { } asOf && QueryParser.TryParseDate(asOf, out var parsed) ? parsed : today;
            var period = Text(toDate["reportingPeriod"]) ?? "Current Year";
            start = period.Contains("Month", StringComparison.OrdinalIgnoreCase) ? new DateOnly(end.Year, end.Month, 1)
                : period.Contains("Quarter", StringComparison.OrdinalIgnoreCase) ? new DateOnly(end.Year, (((end.Month - 1) / 3) * 3) + 1, 1)
                : new DateOnly(end.Year, 1, 1);
            return null;
        }

        return SageError.Invalid("parameters.timePeriod needs a dateRange {startDate, endDate} or periodToDate {asOfDate}.", Target);
    }

    private static string? Text(JsonNode? node) => node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static string ToCsv(TrialBalanceReport report)
    {
        var csv = new StringBuilder("Account,Account name,Category,Opening balance,Debit,Credit,Ending balance,Ending debit,Ending credit\n");
        foreach (var row in report.Rows)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{row.Account.Id},\"{row.Account.Name}\",\"{row.Account["category"]}\",{RecordJson.FormatDecimal(row.Opening)},{RecordJson.FormatDecimal(row.Debits)},{RecordJson.FormatDecimal(row.Credits)},{RecordJson.FormatDecimal(row.Ending)},{RecordJson.FormatDecimal(TrialBalanceCalculator.DebitSide(row.Ending))},{RecordJson.FormatDecimal(TrialBalanceCalculator.CreditSide(row.Ending))}\n");
        }

        return csv.ToString();
    }
}
