using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary>Wrong types, missing and out-of-range values, bad dates and periods, unknown operators and fields, bad amounts, huge strings.</summary>
public sealed class ToolArgumentBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string> Cases => [.. CaseFiles.Ids(CaseFiles.ToolArgumentsFile)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task ToolCase_BadArguments_NamedErrorServerSurvivesNothingSent(string id) =>
        await ToolCaseRunner.RunAsync(fixture, CaseFiles.ToolArgumentsFile, CaseFiles.ToolArguments[id]);
}
