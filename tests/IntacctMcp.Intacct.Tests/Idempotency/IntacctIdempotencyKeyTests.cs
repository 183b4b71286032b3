using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Idempotency;
using Xunit;

namespace IntacctMcp.Intacct.Tests.Idempotency;

public sealed class IntacctIdempotencyKeyTests
{
    private const string Path = "/objects/accounts-payable/bill";

    private static JsonObject Bill() => JsonNode.Parse("""
        {"vendor":{"id":"V1001"},"billDate":"2026-12-07","dueDate":"2027-01-06","lines":[{"glAccount":{"id":"6100"},"txnAmount":"1250.00"}]}
        """)!.AsObject();

    private static string Key(JsonNode? body, string company = "ACME", string? entity = null, string method = "POST", string path = Path, string? requestId = null) =>
        IntacctIdempotencyKey.Derive(company, entity, method, path, body, requestId);

    [Fact]
    public void Derive_SameWriteTwice_SameKey() =>
        Assert.Equal(Key(Bill()), Key(JsonNode.Parse(Bill().ToJsonString())));

    [Fact]
    public void Derive_Key_IsPrefixedLowercaseHexWithinSageLimit()
    {
        var key = Key(Bill());

        Assert.Matches("^imcp1-[0-9a-f]{64}$", key);
        Assert.InRange(key.Length, 1, 256);
        Assert.All(key, c => Assert.InRange(c, '\x21', '\x7e'));
    }

    [Fact]
    public void Derive_PropertyOrderAndWhitespace_DoNotChangeTheKey()
    {
        var reordered = JsonNode.Parse("""
            { "lines": [ { "txnAmount": "1250.00", "glAccount": { "id": "6100" } } ],
              "dueDate": "2027-01-06", "billDate": "2026-12-07", "vendor": { "id": "V1001" } }
            """);

        Assert.Equal(Key(Bill()), Key(reordered));
    }

    [Theory]
    [InlineData("1250", "1250.00")]
    [InlineData("1250.0", "1250")]
    [InlineData("1.25e3", "1250")]
    [InlineData("-0.0", "0")]
    public void Derive_NumberSpelling_DoesNotChangeTheKey(string a, string b) =>
        Assert.Equal(Key(JsonNode.Parse($$"""{"amount":{{a}}}""")), Key(JsonNode.Parse($$"""{"amount":{{b}}}""")));

    [Fact]
    public void Derive_NumberAndStringOfTheSameDigits_AreDifferentWrites() =>
        Assert.NotEqual(Key(JsonNode.Parse("""{"amount":1250}""")), Key(JsonNode.Parse("""{"amount":"1250"}""")));

    [Fact]
    public void Derive_ArrayOrder_Matters() =>
        Assert.NotEqual(Key(JsonNode.Parse("""{"lines":[1,2]}""")), Key(JsonNode.Parse("""{"lines":[2,1]}""")));

    [Fact]
    public void Derive_EachFieldChanges_TheKey()
    {
        var baseline = Key(Bill());
        var changedBody = Bill();
        changedBody["billDate"] = "2026-12-08";

        string[] variants =
        [
            Key(Bill(), company: "OTHERCO"),
            Key(Bill(), entity: "E100"),
            Key(Bill(), method: "PATCH"),
            Key(Bill(), path: "/objects/accounts-receivable/invoice"),
            Key(Bill(), requestId: "bill-0042"),
            Key(changedBody),
        ];

        Assert.DoesNotContain(baseline, variants);
        Assert.Equal(variants.Length, variants.Distinct().Count());
    }

    [Fact]
    public void Derive_CompanyIdCase_DoesNotChangeTheKey() =>
        Assert.Equal(Key(Bill(), company: "AcmeHouseCo"), Key(Bill(), company: "ACMEHOUSECO"));

    [Fact]
    public void Derive_RequestId_ReplacesTheBody()
    {
        var other = Bill();
        other["billDate"] = "2026-12-08";

        Assert.Equal(Key(Bill(), requestId: "bill-0042"), Key(other, requestId: "bill-0042"));
        Assert.NotEqual(Key(Bill(), requestId: "bill-0042"), Key(Bill(), requestId: "bill-0043"));
    }

    [Fact]
    public void Derive_FieldBoundaries_CannotBeShifted() =>
        Assert.NotEqual(Key(Bill(), company: "AB", entity: "C"), Key(Bill(), company: "A", entity: "BC"));

    [Fact]
    public void Derive_KnownInput_GivesTheSameKeyInEveryProcess() =>
        // A fixed value: a change to the derivation would make repeats after an upgrade post twice, so it must be deliberate (a new prefix).
        Assert.Equal(
            "imcp1-3dd2cda13487f0852efed739743d07bd68c9d75b8ccf4f6774a2989f866e974d",
            IntacctIdempotencyKey.Derive("demo", null, "post", Path, JsonNode.Parse("""{"b":1.50,"a":"x"}"""), null));

    [Theory]
    [InlineData("")]
    [InlineData("line\nbreak")]
    public void Problem_InvalidRequestId_Named(string requestId) =>
        Assert.NotNull(IntacctIdempotencyKey.Problem(requestId));

    [Fact]
    public void Problem_RequestIdOf65Characters_Refused()
    {
        Assert.Null(IntacctIdempotencyKey.Problem(new string('a', 64)));
        Assert.Contains("64", IntacctIdempotencyKey.Problem(new string('a', 65)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("POST", "/objects/accounts-payable/bill", true)]
    [InlineData("patch", "/objects/accounts-payable/bill/1", true)]
    [InlineData("DELETE", "/objects/accounts-payable/bill/1", false)]
    [InlineData("POST", "/services/core/query", false)]
    [InlineData("POST", "/workflows/accounts-payable/bill/submit", false)]
    public void AppliesTo_PostAndPatchToObjects(string method, string path, bool expected) =>
        Assert.Equal(expected, IntacctIdempotencyKey.AppliesTo(method, path));

    [Fact]
    public void CanonicalJson_SortsPropertiesAndNormalisesNumbers() =>
        Assert.Equal("""{"a":[3,"x",true,null],"b":{"c":1250,"d":0.5}}""", IntacctCanonicalJson.Write(JsonNode.Parse("""{"b":{"d":0.50,"c":1250.00},"a":[3,"x",true,null]}""")));
}
