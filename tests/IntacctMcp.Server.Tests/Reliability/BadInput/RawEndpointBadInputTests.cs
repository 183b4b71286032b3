using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary><c>call_sage_endpoint</c> with other hosts, traversal, CR/LF, the token endpoint and methods outside the allowed set.</summary>
public sealed class RawEndpointBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string> Cases => [.. CaseFiles.Ids(CaseFiles.RawEndpointFile)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task RawEndpointCase_Refused_NamedErrorServerSurvivesNothingSent(string id) =>
        await ToolCaseRunner.RunAsync(fixture, CaseFiles.RawEndpointFile, CaseFiles.RawEndpoint[id]);
}
