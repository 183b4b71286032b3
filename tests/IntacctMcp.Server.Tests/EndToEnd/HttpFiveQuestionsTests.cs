using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>The five questions over Streamable HTTP, through the real HTTP host.</summary>
public sealed class HttpFiveQuestionsTests(HttpServerFixture fixture) : FiveQuestionsEndToEnd(fixture), IClassFixture<HttpServerFixture>;
