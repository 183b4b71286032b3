using System.Text.Json;

namespace IntacctMcp.Sandbox.Responses;

/// <summary>An <c>ia::error</c> and the HTTP status it is answered with.</summary>
internal sealed record SageError(int Status, string Code, string Message, string ErrorId, IReadOnlyList<SageErrorDetail>? Details = null)
{
    private static long _supportSequence;

    public static SageError Invalid(string message, string? target, string errorId = "REST-1028") =>
        new(400, "invalidRequest", message, errorId, [new SageErrorDetail("invalidRequest", message, errorId, target)]);

    public static SageError NotFound(string message) => new(404, "notFound", message, "REST-1001");

    /// <summary>A record key that does not exist (or that the request's entity does not see).</summary>
    public static SageError RecordNotFound(string objectName, string key) =>
        NotFound($"The {objectName} with key '{key}' was not found.");

    public static SageError Unprocessable(string message, string? target = null) =>
        new(422, "operationFailed", message, "REST-1110", target is null ? null : [new SageErrorDetail("operationFailed", message, "REST-1110", target)]);

    public static SageError Conflict(string message, string? target = null) =>
        new(409, "conflict", message, "REST-1409", target is null ? null : [new SageErrorDetail("conflict", message, "REST-1409", target)]);

    public static SageError MethodNotAllowed(string method, string objectName) =>
        new(405, "methodNotAllowed", $"Method {method} is not allowed on {objectName}.", "REST-1405");

    /// <summary>Writes the <c>ia::error</c> object's body (the caller wrote the property name).</summary>
    public void WriteErrorObject(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("code", Code);
        writer.WriteString("message", Message);
        writer.WriteString("supportId", NextSupportId());
        writer.WriteString("errorId", ErrorId);
        writer.WriteStartObject("additionalInfo");
        writer.WriteString("messageId", "IA." + ErrorId.Replace("-", string.Empty, StringComparison.Ordinal));
        writer.WriteStartObject("placeholders");
        writer.WriteEndObject();
        writer.WriteStartObject("propertySet");
        writer.WriteEndObject();
        writer.WriteEndObject();
        if (Details is { Count: > 0 })
        {
            writer.WriteStartArray("details");
            foreach (var detail in Details)
            {
                writer.WriteStartObject();
                writer.WriteString("code", detail.Code);
                writer.WriteString("message", detail.Message);
                writer.WriteString("errorId", detail.ErrorId);
                if (detail.Target is not null)
                {
                    writer.WriteString("target", detail.Target);
                }

                writer.WriteStartObject("additionalInfo");
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes <c>{"ia::error": {...}}</c>, the shape of one failed item in a batch result.</summary>
    public void WriteItem(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("ia::error");
        WriteErrorObject(writer);
        writer.WriteEndObject();
    }

    /// <summary>Builds the full response: <c>ia::error</c> inside <c>ia::result</c>, as Sage's spec puts it.</summary>
    public ApiResponse ToResponse(IReadOnlyList<KeyValuePair<string, string>>? headers = null) => ApiResponse.Json(Status, w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("ia::result");
        w.WritePropertyName("ia::error");
        WriteErrorObject(w);
        w.WriteEndObject();
        w.WriteStartObject("ia::meta");
        w.WriteNumber("totalCount", 1);
        w.WriteNumber("totalSuccess", 0);
        w.WriteNumber("totalError", 1);
        w.WriteEndObject();
        w.WriteEndObject();
    }, headers);

    /// <summary>Builds a gateway/auth failure in the <c>{"error": {...}}</c> shape.</summary>
    public ApiResponse ToGatewayResponse(IReadOnlyList<KeyValuePair<string, string>>? headers = null) => ApiResponse.Json(Status, w =>
    {
        w.WriteStartObject();
        w.WritePropertyName("error");
        WriteErrorObject(w);
        w.WriteEndObject();
    }, headers);

    private static string NextSupportId() =>
        "Sbx" + Interlocked.Increment(ref _supportSequence).ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
}
