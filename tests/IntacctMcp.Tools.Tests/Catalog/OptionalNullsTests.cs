using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Catalog;
using Json.Schema;
using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

/// <summary>Optional members are advertised without <c>null</c> in their type, and results leave such nulls out, so the two still agree.</summary>
public sealed class OptionalNullsTests
{
    // A list envelope (required nullable next) around Sage rows (optional nullable fields, one nested reference).
    private const string Generated = """
        {"type":"object","properties":{
          "items":{"type":"array","items":{"type":"object","properties":{
            "id":{"type":"string"},"billNumber":{"type":["string","null"]},"dueDate":{"type":["string","null"],"format":"date"},
            "vendor":{"type":["object","null"],"properties":{"id":{"type":["string","null"]}}}}}},
          "next":{"type":["integer","null"]}},
         "required":["items","next"],"additionalProperties":false}
        """;

    [Fact]
    public void Compact_OptionalMember_LosesNullFromItsType_RequiredKeepsIt()
    {
        var schema = Finish(Generated);
        var row = schema["properties"]!["items"]!["items"]!["properties"]!;

        Assert.Equal("\"string\"", row["billNumber"]!["type"]!.ToJsonString());
        Assert.Equal("date", (string?)row["dueDate"]!["format"]);
        Assert.Equal("\"object\"", row["vendor"]!["type"]!.ToJsonString());
        Assert.Equal("\"string\"", row["vendor"]!["properties"]!["id"]!["type"]!.ToJsonString());
        Assert.Equal("""["integer","null"]""", schema["properties"]!["next"]!["type"]!.ToJsonString());
    }

    [Fact]
    public void Compact_MemberRequiredByOneAnyOfShape_KeepsNull()
    {
        var schema = Finish("""{"type":"object","properties":{"id":{"type":["string","null"]},"href":{"type":["string","null"]}},"anyOf":[{"required":["id"]}]}""");

        Assert.Equal("""["string","null"]""", schema["properties"]!["id"]!["type"]!.ToJsonString());
        Assert.Equal("\"string\"", schema["properties"]!["href"]!["type"]!.ToJsonString());
    }

    [Fact]
    public void Drop_SageNulls_LeavesThemOutAndStillMatchesTheSchema()
    {
        var schema = Finish(Generated);
        var content = JsonDocument.Parse("""{"items":[{"id":"B1","billNumber":null,"dueDate":null,"vendor":{"id":null},"memo":null},{"id":"B2","billNumber":"X","vendor":null}],"next":null}""").RootElement;

        var dropped = OptionalNulls.Drop(content, schema);

        // Undeclared members (memo: Sage's other fields) and required ones (next) keep their null.
        Assert.Equal("""{"items":[{"id":"B1","vendor":{},"memo":null},{"id":"B2","billNumber":"X"}],"next":null}""", dropped.GetRawText());
        Assert.True(JsonSchema.FromText(schema.ToJsonString()).Evaluate(dropped).IsValid);
        Assert.False(JsonSchema.FromText(schema.ToJsonString()).Evaluate(content).IsValid);
    }

    [Fact]
    public void Drop_NothingToDrop_ReturnsTheSameContent()
    {
        var content = JsonDocument.Parse("""{"items":[],"next":null}""").RootElement;

        Assert.Equal(content.GetRawText(), OptionalNulls.Drop(content, Finish(Generated)).GetRawText());
    }

    private static JsonObject Finish(string schema) =>
        (JsonObject)JsonNode.Parse(OutputSchemas.Compact(JsonDocument.Parse(schema).RootElement, outputType: null).GetRawText())!;
}
