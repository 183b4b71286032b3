using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Results.Schemas;
using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

public sealed class OutputSchemasTests
{
    [Fact]
    public void Compact_ClosedObjectWithThreeRequiredNumbers_NamesThemInRequiredOnce()
    {
        var schema = Finish("""{"type":"object","properties":{"name":{"type":"string"},"debit":{"type":"number"},"credit":{"type":"number"},"net":{"type":"number"}},"required":["name","debit","credit","net"],"additionalProperties":false}""");

        Assert.Equal("""{"type":"object","properties":{"name":{"type":"string"}},"required":["name","debit","credit","net"],"additionalProperties":{"type":"number"}}""", schema);
    }

    [Fact]
    public void Compact_OpenObjectOrOptionalFields_Unchanged()
    {
        const string Open = """{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"},"c":{"type":"number"}},"required":["a","b","c"]}""";
        const string Optional = """{"type":"object","properties":{"a":{"type":"number"},"b":{"type":"number"},"c":{"type":"number"}},"additionalProperties":false}""";

        Assert.Equal(Open, Finish(Open));
        Assert.Equal(Optional, Finish(Optional));
    }

    [Fact]
    public void Compact_WriteOutput_AnyOfItsTwoShapesAndNoBooleanSchemas()
    {
        var schema = JsonNode.Parse(Finish("""{"type":"object","properties":{"key":{"type":"string"},"dryRun":{"type":"boolean"},"body":true},"additionalProperties":false}""", typeof(WriteOutput)))!;

        Assert.Equal(
            """[{"required":["object","key","idempotencyKey"]},{"required":["dryRun","method","path","url","headers","body"]}]""",
            schema["anyOf"]!.ToJsonString());
        Assert.Equal("{}", schema["properties"]!["body"]!.ToJsonString());
    }

    private static string Finish(string schema, Type? outputType = null) =>
        OutputSchemas.Compact(JsonDocument.Parse(schema).RootElement, outputType).GetRawText();
}
