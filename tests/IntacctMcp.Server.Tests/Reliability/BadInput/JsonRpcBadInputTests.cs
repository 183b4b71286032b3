using IntacctMcp.Server.Tests.Reliability.Harness;
using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.BadInput;

/// <summary>Malformed JSON, wrong types, huge and deep bodies, unknown methods, batches and bad HTTP framing, sent raw.</summary>
public sealed class JsonRpcBadInputTests(BadInputFixture fixture) : IClassFixture<BadInputFixture>
{
    public static TheoryData<string> Cases => [.. CaseFiles.Ids(CaseFiles.JsonRpcFile)];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task JsonRpcCase_BadRequest_NamedErrorServerSurvivesNothingSent(string id)
    {
        var c = CaseFiles.JsonRpc[id];
        if (c.Headers.TryGetValue("Authorization", out var authorization) && authorization?.Split(' ', 2) is [_, var credential])
        {
            SecretLedger.Register($"Authorization value of {id}", credential);
        }

        var before = fixture.Counters();
        var response = await fixture.Raw.SendAsync(c, TestContext.Current.CancellationToken);
        SecretLedger.Observe($"{fixture.Server.Label} http {id}", response.Body);

        var statusOk = c.ExpectStatus.Contains(response.Status);
        var codeOk = c.ExpectCodes.Count == 0 || (response.ErrorCode is { } code && c.ExpectCodes.Contains(code));
        var messageOk = c.ExpectMessageContains.Count == 0 || ToolText.ContainsAny(response.ErrorMessage ?? string.Empty, c.ExpectMessageContains);
        var clear = statusOk && codeOk && messageOk && !response.HasResult;
        var body = response.Body.Length > 400 ? response.Body[..400] + "…" : response.Body;
        await BadInputCheck.AssertAsync(
            fixture,
            CaseFiles.JsonRpcFile,
            id,
            before,
            sageCallsAllowed: 0,
            clear,
            $"{c.Description}: expected HTTP {string.Join('|', c.ExpectStatus)} code {string.Join('|', c.ExpectCodes)}, got HTTP {response.Status} ({response.ContentType}) code {response.ErrorCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}: {body}");
    }
}
