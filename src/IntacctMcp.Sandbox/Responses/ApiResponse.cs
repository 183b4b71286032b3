using System.Buffers;
using System.Text.Json;

namespace IntacctMcp.Sandbox.Responses;

/// <summary>A finished response: status, JSON body bytes and extra headers. Immutable, so idempotent replays can reuse it.</summary>
internal sealed class ApiResponse(int status, byte[]? body, IReadOnlyList<KeyValuePair<string, string>>? headers = null)
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        SkipValidation = true,
        // Sage writes apostrophes and ampersands as they are; the default encoder would escape them.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public int Status { get; } = status;

    public byte[]? Body { get; } = body;

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; } = headers ?? [];

    public string ContentType { get; init; } = "application/json";

    public static ApiResponse NoContent { get; } = new(204, null);

    public static ApiResponse Json(int status, Action<Utf8JsonWriter> write, IReadOnlyList<KeyValuePair<string, string>>? headers = null) =>
        new(status, Write(write), headers);

    public static byte[] Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return buffer.WrittenSpan.ToArray();
    }

    public ApiResponse WithHeaders(IReadOnlyList<KeyValuePair<string, string>> extra) =>
        new(Status, Body, [.. Headers, .. extra]) { ContentType = ContentType };

    public async Task WriteAsync(Microsoft.AspNetCore.Http.HttpResponse response, CancellationToken cancellationToken)
    {
        response.StatusCode = Status;
        foreach (var (name, value) in Headers)
        {
            response.Headers[name] = value;
        }

        if (Body is { Length: > 0 } body)
        {
            response.ContentType = ContentType;
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, cancellationToken);
        }
    }
}
