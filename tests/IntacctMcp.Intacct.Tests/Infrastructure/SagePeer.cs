using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>
/// A small programmable Sage Intacct peer on 127.0.0.1 (real Kestrel, real HTTP): it issues tokens, checks bearer
/// tokens, keeps records, honours Idempotency-Key, answers the query and model services, records every request,
/// and answers scripted faults in order (first matching script wins, each used once).
/// </summary>
internal sealed class SagePeer : IAsyncDisposable
{
    public const string ClientId = "peer-client";
    public const string ClientSecret = "peer-secret";
    public const string Username = "ai-api@ACME";
    private const string BasePath = "/ia/api/v1";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly ConcurrentQueue<PeerAction> _tokenScript = new();
    private readonly List<(Func<RecordedRequest, bool> Matches, PeerAction Action)> _apiScript = [];
    private readonly Lock _gate = new();
    private readonly HashSet<string> _validTokens = [];
    private readonly Dictionary<string, (int Status, string Body)> _idempotentAnswers = [];
    private readonly Dictionary<string, JsonObject> _records = [];
    private readonly TaskCompletionSource _firstTokenRequest = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _tokenRequests;
    private int _recordsCreated;
    private int _nextKey = 100;
    private int _inFlight;
    private int _maxInFlight;

    private SagePeer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Gets the API base URL (token URL = BaseUrl + "/oauth2/token").</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Gets or sets the token lifetime the peer announces.</summary>
    public int ExpiresInSeconds { get; set; } = 43200;

    /// <summary>Gets or sets a gate every token request waits for before it is answered.</summary>
    public Task? TokenGate { get; set; }

    /// <summary>Gets or sets whether token requests must be JSON (form requests get 415).</summary>
    public bool TokenRequiresJson { get; set; }

    /// <summary>Gets or sets a function that builds the issued token from its sequence number (default "peer-token-N").</summary>
    public Func<int, string> TokenFactory { get; set; } = n => $"peer-token-{n}";

    /// <summary>Gets or sets the rows the query service serves (paged by start/size).</summary>
    public IReadOnlyList<JsonObject> QueryRows { get; set; } = [];

    public int TokenRequests => Volatile.Read(ref _tokenRequests);

    public int RecordsCreated => Volatile.Read(ref _recordsCreated);

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public int InFlight => Volatile.Read(ref _inFlight);

    public Task FirstTokenRequest => _firstTokenRequest.Task;

    /// <summary>Gets the API requests received (token requests excluded), in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests => [.. _requests.Where(r => !r.Path.StartsWith("/oauth2", StringComparison.Ordinal))];

    /// <summary>Gets the token requests received, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> TokenRequestsReceived => [.. _requests.Where(r => r.Path.StartsWith("/oauth2", StringComparison.Ordinal))];

    public static async Task<SagePeer> StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var peer = new SagePeer(app);
        app.Run(peer.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        peer.BaseUrl = new Uri(address.TrimEnd('/') + BasePath);
        return peer;
    }

    /// <summary>Answers the next token request with <paramref name="action"/> instead of a token.</summary>
    public void ScriptToken(PeerAction action) => _tokenScript.Enqueue(action);

    /// <summary>Answers the next API request matching method and path prefix with <paramref name="action"/>.</summary>
    public void Script(string method, string pathPrefix, PeerAction action, int times = 1)
    {
        lock (_gate)
        {
            for (var i = 0; i < times; i++)
            {
                _apiScript.Add((r => r.Method == method && r.Path.StartsWith(pathPrefix, StringComparison.Ordinal), action));
            }
        }
    }

    /// <summary>Makes every issued token invalid (as if expired).</summary>
    public void RevokeTokens()
    {
        lock (_gate)
        {
            _validTokens.Clear();
        }
    }

    /// <summary>Adds a record and returns its key.</summary>
    public string Seed(string objectName, JsonObject record)
    {
        lock (_gate)
        {
            var key = (_nextKey++).ToString(CultureInfo.InvariantCulture);
            record["key"] = key;
            _records[$"{objectName}/{key}"] = record;
            return key;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = await RecordAsync(context);
        var inFlight = Interlocked.Increment(ref _inFlight);
        InterlockedMax(ref _maxInFlight, inFlight);
        try
        {
            if (request.Path == "/oauth2/token" && request.Method == "POST")
            {
                await TokenAsync(context, request);
                return;
            }

            var action = TakeScript(request);
            if (action?.HoldUntil is { } gate)
            {
                await gate;
                action = null;
            }

            if (action is { Abort: true })
            {
                context.Abort();
                return;
            }

            if (!IsAuthorized(request))
            {
                await WriteAsync(context, 401, """{"error":{"code":"GW-0040","message":"Token expired","errorId":"GW-0040","supportId":"peer-401"}}""");
                return;
            }

            if (action is { CommitThenAbort: true })
            {
                await ServeAsync(request);
                context.Abort();
                return;
            }

            if (action is not null)
            {
                foreach (var (name, value) in action.Headers)
                {
                    context.Response.Headers[name] = value;
                }

                await WriteAsync(context, action.Status, action.Body);
                return;
            }

            var (status, body) = await ServeAsync(request);
            await WriteAsync(context, status, body);
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private async Task TokenAsync(HttpContext context, RecordedRequest request)
    {
        var count = Interlocked.Increment(ref _tokenRequests);
        _firstTokenRequest.TrySetResult();
        if (TokenGate is { } gate)
        {
            await gate;
        }

        if (_tokenScript.TryDequeue(out var scripted))
        {
            foreach (var (name, value) in scripted.Headers)
            {
                context.Response.Headers[name] = value;
            }

            await WriteAsync(context, scripted.Status, scripted.Body);
            return;
        }

        var isJson = request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) ?? false;
        if (TokenRequiresJson && !isJson)
        {
            await WriteAsync(context, 415, """{"error":{"code":"unsupportedMediaType","message":"Unsupported media type"}}""");
            return;
        }

        var fields = isJson ? JsonFields(request.Body) : FormFields(request.Body);
        if (fields.GetValueOrDefault("grant_type") != "client_credentials"
            || fields.GetValueOrDefault("client_id") != ClientId
            || fields.GetValueOrDefault("client_secret") != ClientSecret
            || fields.GetValueOrDefault("username") is not { } username
            || !username.StartsWith(Username, StringComparison.Ordinal))
        {
            await WriteAsync(context, 400, """{"error":"invalid_client","error_description":"Invalid client credentials"}""");
            return;
        }

        var token = TokenFactory(count);
        lock (_gate)
        {
            _validTokens.Add(token);
        }

        await WriteAsync(context, 200, new JsonObject { ["token_type"] = "Bearer", ["access_token"] = token, ["expires_in"] = ExpiresInSeconds }.ToJsonString());
    }

    private PeerAction? TakeScript(RecordedRequest request)
    {
        lock (_gate)
        {
            var index = _apiScript.FindIndex(s => s.Matches(request));
            if (index < 0)
            {
                return null;
            }

            var action = _apiScript[index].Action;
            _apiScript.RemoveAt(index);
            return action;
        }
    }

    private bool IsAuthorized(RecordedRequest request)
    {
        lock (_gate)
        {
            return request.Bearer is { } token && _validTokens.Contains(token);
        }
    }

    private Task<(int Status, string Body)> ServeAsync(RecordedRequest request)
    {
        var segments = request.Path.Trim('/').Split('/');
        lock (_gate)
        {
            if (request.Method == "POST" && request.Path == "/services/core/query")
            {
                return Task.FromResult(Query(request));
            }

            if (request.Method == "GET" && request.Path == "/services/core/model")
            {
                return Task.FromResult((200, """{"ia::result":{"type":"rootObject","fields":{"key":{"type":"string"},"id":{"type":"string"}},"httpMethods":"GET,POST"}}"""));
            }

            if (segments is ["objects", var app, var obj, ..])
            {
                return Task.FromResult(Objects(request, $"{app}/{Uri.UnescapeDataString(obj)}", segments.Length > 3 ? segments[3] : null));
            }

            return Task.FromResult((404, """{"ia::result":{"ia::error":{"code":"notFound","message":"Unknown path","errorId":"REST-1404","supportId":"peer-404"}}}"""));
        }
    }

    private (int Status, string Body) Objects(RecordedRequest request, string objectName, string? key)
    {
        var idempotencyKey = request.Header("Idempotency-Key");
        if (idempotencyKey is not null && request.Method is "POST" or "PATCH" && _idempotentAnswers.TryGetValue(idempotencyKey, out var replay))
        {
            return replay;
        }

        (int Status, string Body) answer;
        switch (request.Method)
        {
            case "GET" when key is null:
                var refs = _records.Where(r => r.Key.StartsWith(objectName + "/", StringComparison.Ordinal))
                    .Select(r => (JsonNode?)new JsonObject { ["key"] = r.Value["key"]?.DeepClone(), ["id"] = r.Value["id"]?.DeepClone(), ["href"] = $"/objects/{objectName}/{r.Value["key"]}" })
                    .ToArray();
                answer = (200, new JsonObject { ["ia::result"] = new JsonArray(refs), ["ia::meta"] = new JsonObject { ["totalCount"] = refs.Length, ["start"] = 1, ["pageSize"] = 100, ["next"] = null, ["previous"] = null } }.ToJsonString());
                break;
            case "GET":
                answer = _records.TryGetValue($"{objectName}/{key}", out var record)
                    ? (200, new JsonObject { ["ia::result"] = record.DeepClone(), ["ia::meta"] = new JsonObject { ["totalCount"] = 1 } }.ToJsonString())
                    : (404, """{"ia::result":{"ia::error":{"code":"notFound","message":"Record not found","errorId":"REST-1404","supportId":"peer-404"}}}""");
                break;
            case "POST":
                answer = Create(objectName, JsonNode.Parse(request.Body));
                break;
            case "PATCH" when key is not null && _records.TryGetValue($"{objectName}/{key}", out var existing):
                foreach (var (name, value) in JsonNode.Parse(request.Body)!.AsObject())
                {
                    existing[name] = value?.DeepClone();
                }

                answer = (200, new JsonObject { ["ia::result"] = Reference(objectName, existing) }.ToJsonString());
                break;
            case "DELETE" when key is not null && _records.Remove($"{objectName}/{key}"):
                answer = (204, string.Empty);
                break;
            default:
                answer = (404, """{"ia::result":{"ia::error":{"code":"notFound","message":"Record not found","errorId":"REST-1404","supportId":"peer-404"}}}""");
                break;
        }

        if (idempotencyKey is not null && request.Method is "POST" or "PATCH")
        {
            _idempotentAnswers[idempotencyKey] = answer;
        }

        return answer;
    }

    private (int Status, string Body) Create(string objectName, JsonNode? body)
    {
        if (body is JsonArray items)
        {
            var results = new JsonArray();
            var errors = 0;
            var index = 0;
            foreach (var item in items.OfType<JsonObject>())
            {
                if (item["fail"] is not null)
                {
                    errors++;
                    results.Add(new JsonObject { ["ia::error"] = new JsonObject { ["code"] = "invalidRequest", ["message"] = $"Item {index} is invalid", ["errorId"] = "REST-1028", ["supportId"] = $"peer-{index}", ["details"] = new JsonArray(new JsonObject { ["target"] = "name", ["message"] = "required" }) } });
                }
                else
                {
                    results.Add(Reference(objectName, Store(objectName, (JsonObject)item.DeepClone())));
                }

                index++;
            }

            var meta = new JsonObject { ["totalCount"] = items.Count, ["totalSuccess"] = items.Count - errors, ["totalError"] = errors };
            return (errors > 0 ? 207 : 201, new JsonObject { ["ia::result"] = results, ["ia::meta"] = meta }.ToJsonString());
        }

        var created = Store(objectName, (JsonObject)body!.DeepClone());
        return (201, new JsonObject { ["ia::result"] = Reference(objectName, created), ["ia::meta"] = new JsonObject { ["totalCount"] = 1, ["totalSuccess"] = 1, ["totalError"] = 0 } }.ToJsonString());
    }

    private JsonObject Store(string objectName, JsonObject record)
    {
        var key = (_nextKey++).ToString(CultureInfo.InvariantCulture);
        record["key"] = key;
        _records[$"{objectName}/{key}"] = record;
        Interlocked.Increment(ref _recordsCreated);
        return record;
    }

    private static JsonObject Reference(string objectName, JsonObject record) =>
        new() { ["key"] = record["key"]?.DeepClone(), ["id"] = record["id"]?.DeepClone(), ["href"] = $"/objects/{objectName}/{record["key"]}" };

    private (int Status, string Body) Query(RecordedRequest request)
    {
        var query = JsonNode.Parse(request.Body)!.AsObject();
        var start = query["start"]?.GetValue<int>() ?? 1;
        var size = query["size"]?.GetValue<int>() ?? 100;
        var page = QueryRows.Skip(start - 1).Take(size).Select(r => (JsonNode?)r.DeepClone()).ToArray();
        int? next = start - 1 + size < QueryRows.Count ? start + size : null;
        var meta = new JsonObject { ["totalCount"] = QueryRows.Count, ["start"] = start, ["pageSize"] = size, ["next"] = next, ["previous"] = start > 1 ? Math.Max(1, start - size) : null };
        return (200, new JsonObject { ["ia::result"] = new JsonArray(page), ["ia::meta"] = meta }.ToJsonString());
    }

    private async Task<RecordedRequest> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value ?? string.Empty;
        path = path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path;
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var request = new RecordedRequest(context.Request.Method, path, context.Request.QueryString.Value ?? string.Empty, headers, body, context.Request.ContentType);
        _requests.Enqueue(request);
        return request;
    }

    private static async Task WriteAsync(HttpContext context, int status, string? body)
    {
        context.Response.StatusCode = status;
        if (!string.IsNullOrEmpty(body))
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(body);
        }
    }

    private static Dictionary<string, string> FormFields(string body) =>
        body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => p.Length > 1 ? Uri.UnescapeDataString(p[1].Replace('+', ' ')) : string.Empty);

    private static Dictionary<string, string> JsonFields(string body) =>
        JsonNode.Parse(body)!.AsObject().ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty);

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current)
        {
            var seen = Interlocked.CompareExchange(ref target, value, current);
            if (seen == current)
            {
                return;
            }

            current = seen;
        }
    }
}
