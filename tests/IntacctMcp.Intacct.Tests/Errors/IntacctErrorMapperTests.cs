using System.Net;
using IntacctMcp.Intacct.Errors;
using Polly.CircuitBreaker;
using Polly.Timeout;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Errors;

public sealed class IntacctErrorMapperTests
{
    private const string Details = """[{"code":"required","message":"GL account is required","errorId":"REST-2001","target":"lines[0].glAccount"}]""";

    private const string Error = """{"code":"invalidRequest","message":"Bad bill","errorId":"REST-1028","supportId":"Kx1","details":""" + Details + "}";

    private const string InsideResult = """{"ia::result":{"ia::error":""" + Error + """},"ia::meta":{"totalCount":1,"totalError":1}}""";

    public static TheoryData<string> ThreeShapes => new()
    {
        InsideResult,
        """{"ia::error":""" + Error + "}",
        """{"error":""" + Error + "}",
    };

    [Theory]
    [MemberData(nameof(ThreeShapes))]
    public void Parse_EachEnvelopeShape_ReadsAllFields(string body)
    {
        var error = IntacctErrorMapper.Parse(body);

        Assert.Equal(("invalidRequest", "Bad bill", "REST-1028", "Kx1"), (error.Code, error.Message, error.ErrorId, error.SupportId));
        var detail = Assert.Single(error.Details);
        Assert.Equal(("required", "GL account is required", "REST-2001", "lines[0].glAccount"), (detail.Code, detail.Message, detail.ErrorId, detail.Target));
    }

    [Theory]
    [InlineData("")]
    [InlineData("<html>Bad gateway</html>")]
    [InlineData("[]")]
    public void Parse_NoEnvelope_EmptyError(string body)
    {
        var error = IntacctErrorMapper.Parse(body);

        Assert.Equal((null, null), (error.Code, error.Message));
        Assert.Empty(error.Details);
    }

    [Theory]
    [InlineData(400, typeof(IntacctValidationException))]
    [InlineData(401, typeof(IntacctAuthenticationException))]
    [InlineData(403, typeof(IntacctPermissionException))]
    [InlineData(404, typeof(IntacctNotFoundException))]
    [InlineData(405, typeof(IntacctApiException))]
    [InlineData(409, typeof(IntacctConflictException))]
    [InlineData(422, typeof(IntacctValidationException))]
    [InlineData(429, typeof(IntacctRateLimitException))]
    [InlineData(500, typeof(IntacctServerException))]
    [InlineData(502, typeof(IntacctServerException))]
    [InlineData(503, typeof(IntacctServerException))]
    public void FromResponse_Status_MapsToExceptionType(int status, Type expected)
    {
        var error = IntacctErrorMapper.FromResponse((HttpStatusCode)status, """{"ia::error":{"message":"m"}}""", "GET", "/objects/a/b", null, TimeSpan.Zero);

        Assert.IsType(expected, error);
        Assert.Equal((HttpStatusCode)status, error.StatusCode);
    }

    [Fact]
    public void FromResponse_ValidationWithDetails_MessageCarriesSageTextIdsAndTargets()
    {
        var error = IntacctErrorMapper.FromResponse(HttpStatusCode.UnprocessableEntity, InsideResult, "POST", "/objects/accounts-payable/bill", null, TimeSpan.Zero);

        Assert.Equal(
            "Sage Intacct answered 422 Unprocessable Entity to POST /objects/accounts-payable/bill: Bad bill; lines[0].glAccount: GL account is required (errorId REST-1028, supportId Kx1)",
            error.Message);
    }

    [Fact]
    public void FromResponse_400TokenInvalid_IsAuthentication()
    {
        var error = IntacctErrorMapper.FromResponse(HttpStatusCode.BadRequest, """{"ia::error":{"code":"tokenInvalid","message":"Token is not valid","errorId":"REST-1206"}}""", "GET", "/x", null, TimeSpan.Zero);

        Assert.IsType<IntacctAuthenticationException>(error);
    }

    [Fact]
    public void FromResponse_429_CarriesRetryAfterWaitedAndHint()
    {
        var error = Assert.IsType<IntacctRateLimitException>(IntacctErrorMapper.FromResponse((HttpStatusCode)429, "{}", "GET", "/x", TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3)));

        Assert.Equal((TimeSpan.FromSeconds(7), TimeSpan.FromSeconds(3)), (error.RetryAfter, error.Waited));
        Assert.NotNull(error.Hint);
    }

    [Fact]
    public void FromResponse_503WithRetryHeader_IsRateLimit()
    {
        Assert.IsType<IntacctRateLimitException>(IntacctErrorMapper.FromResponse(HttpStatusCode.ServiceUnavailable, "{}", "GET", "/x", TimeSpan.FromSeconds(1), TimeSpan.Zero));
    }

    [Fact]
    public void FromTransportFailure_WriteWithKey_OutcomeUnknownNamingKey()
    {
        var error = IntacctErrorMapper.FromTransportFailure(new HttpRequestException("reset"), "acme", "POST", "/objects/a/b", "key-1");

        var unknown = Assert.IsType<IntacctWriteOutcomeUnknownException>(error);
        Assert.Equal("key-1", unknown.IdempotencyKey);
        Assert.Contains("Idempotency-Key key-1", unknown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromTransportFailure_TimeoutOrOpenCircuit_Unavailable()
    {
        Assert.IsType<IntacctUnavailableException>(IntacctErrorMapper.FromTransportFailure(new TimeoutRejectedException(), "acme", "GET", "/x", null));
        Assert.IsType<IntacctUnavailableException>(IntacctErrorMapper.FromTransportFailure(new BrokenCircuitException(), "acme", "POST", "/x", "k"));
    }
}
