using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>
/// A WireMock.Net server on 127.0.0.1 that plays Sage for exact fault sequences: its token endpoint gives any scripted
/// failures first, then issues <c>mock-token-1</c>, <c>mock-token-2</c>, … in order, and each test maps the API
/// answers it needs (scenarios give exact sequences). The sandbox stays the realistic peer; this one answers exactly what a test scripts.
/// </summary>
internal sealed class SageMock : IDisposable
{
    public const string BasePath = "/ia/api/v1";
    public const string TokenScenario = "tokens";

    private static readonly TimeSpan HoldLimit = TimeSpan.FromSeconds(30);

    private SageMock(WireMockServer server)
    {
        Server = server;
        BaseUrl = new Uri($"{server.Url}{BasePath}");
    }

    public WireMockServer Server { get; }

    /// <summary>Gets the API base URL (token URL = BaseUrl + "/oauth2/token").</summary>
    public Uri BaseUrl { get; }

    /// <summary>Gets the API requests received (token requests excluded), in arrival order.</summary>
    public IReadOnlyList<ILogEntry> ApiRequests => [.. Entries.Where(e => !e.RequestMessage.Path.EndsWith("/oauth2/token", StringComparison.Ordinal))];

    /// <summary>Gets how many token requests were received.</summary>
    public int TokenRequests => Entries.Count(e => e.RequestMessage.Path.EndsWith("/oauth2/token", StringComparison.Ordinal));

    private IEnumerable<ILogEntry> Entries => Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime);

    /// <summary>Gets the token requests received, in arrival order.</summary>
    public IReadOnlyList<ILogEntry> TokenRequestEntries => [.. Entries.Where(e => e.RequestMessage.Path.EndsWith("/oauth2/token", StringComparison.Ordinal))];

    /// <summary>Starts a server on a free loopback port whose token endpoint first gives <paramref name="tokenAnswers"/>, in order, then issues three numbered tokens.</summary>
    public static SageMock Start(params IResponseBuilder[] tokenAnswers) =>
        StartScripted([.. tokenAnswers, Token(1), Token(2), Token(3)]);

    /// <summary>Starts a server whose token endpoint gives exactly <paramref name="tokenAnswers"/>, in order (later token requests get 404).</summary>
    public static SageMock StartScripted(params IResponseBuilder[] tokenAnswers)
    {
        var server = WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"] });
        var mock = new SageMock(server);
        for (var i = 0; i < tokenAnswers.Length; i++)
        {
            var mapping = server.Given(Request.Create().WithPath(BasePath + "/oauth2/token").UsingPost()).InScenario(TokenScenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"answered-{i}");
            mapping.WillSetStateTo($"answered-{i + 1}").RespondWith(tokenAnswers[i]);
        }

        return mock;
    }

    /// <summary>A token answer issuing <c>mock-token-<paramref name="n"/></c>.</summary>
    public static IResponseBuilder Token(int n, int expiresInSeconds = 43200) => Token($"mock-token-{n}", expiresInSeconds);

    /// <summary>A token answer issuing <paramref name="accessToken"/>.</summary>
    public static IResponseBuilder Token(string accessToken, int expiresInSeconds = 43200) =>
        Json(200, $$"""{"token_type":"Bearer","access_token":"{{accessToken}}","expires_in":{{expiresInSeconds}}}""");

    /// <summary>Gets the bearer token a request carried.</summary>
    public static string? Bearer(ILogEntry entry) => Header(entry, "Authorization") is { } auth && auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : null;

    /// <summary>Gets a request's path under <see cref="BasePath"/> (e.g. <c>/services/core/query</c>).</summary>
    public static string ApiPath(ILogEntry entry) =>
        entry.RequestMessage.Path.StartsWith(BasePath, StringComparison.Ordinal) ? entry.RequestMessage.Path[BasePath.Length..] : entry.RequestMessage.Path;

    /// <summary>Gets a request header (any case).</summary>
    public static string? Header(ILogEntry entry, string name) =>
        entry.RequestMessage.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();

    /// <summary>A JSON answer.</summary>
    public static IResponseBuilder Json(int status, string body, params (string Name, string Value)[] headers)
    {
        var response = Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);
        foreach (var (name, value) in headers)
        {
            response = response.WithHeader(name, value);
        }

        return response;
    }

    /// <summary>
    /// A JSON answer given only once <paramref name="before"/> completes, so a test can hold requests open (a
    /// callback, because WireMock's delays are fixed durations, not gates).
    /// </summary>
    /// <remarks>
    /// The hold is bounded: a test that fails before releasing its gate must not leave requests open forever, or
    /// stopping the server (which waits for requests in flight) would hang the whole test run.
    /// </remarks>
    public static IResponseBuilder Held(Func<Task> before, int status, string body) =>
        Response.Create().WithCallback(async _ =>
        {
            await before().WaitAsync(HoldLimit);
            var answer = new ResponseMessage { StatusCode = status, BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String } };
            answer.AddHeader("Content-Type", "application/json");
            return (IResponseMessage)answer;
        });

    /// <summary>Answers successive requests to one method and path with <paramref name="answers"/>, in order (a scenario per path); later requests get 404.</summary>
    public void Sequence(string method, string path, params IResponseBuilder[] answers)
    {
        var scenario = $"{method} {path}";
        for (var i = 0; i < answers.Length; i++)
        {
            var mapping = Server.Given(Request.Create().WithPath(BasePath + path).UsingMethod(method)).InScenario(scenario);
            mapping = i == 0 ? mapping : mapping.WhenStateIs($"answered-{i}");
            mapping.WillSetStateTo($"answered-{i + 1}").RespondWith(answers[i]);
        }
    }

    /// <summary>Answers every request to one method and path with <paramref name="answer"/>.</summary>
    public void Always(string method, string path, IResponseBuilder answer) =>
        Server.Given(Request.Create().WithPath(BasePath + path).UsingMethod(method)).RespondWith(answer);

    public void Dispose() => Server.Stop();

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
