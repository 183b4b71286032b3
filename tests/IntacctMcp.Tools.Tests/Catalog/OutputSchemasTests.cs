using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Results.Schemas;
using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

public sealed class OutputSchemasTests
{
    [Fact]
    public void Compact_ObjectWithRequiredFieldsOfOneType_KeepsEveryFieldInProperties()
    {
        const string Closed = """{"type":"object","properties":{"name":{"type":"string"},"debit":{"type":"number"},"credit":{"type":"number"},"net":{"type":"number"}},"required":["name","debit","credit","net"],"additionalProperties":false}""";

        Assert.Equal(Closed, Finish(Closed));
    }

    [Fact]
    public void Compact_WriteOutput_AnyOfItsTwoShapesAndNoBooleanSchemas()
    {
        var schema = JsonNode.Parse(Finish("""{"type":"object","properties":{"key":{"type":"string"},"dryRun":{"type":"boolean"},"body":true},"additionalProperties":false}""", typeof(WriteOutput)))!;

        Assert.Equal(
            """[{"required":["object","key","idempotencyKey","replayed"]},{"required":["dryRun","method","path","url","headers","body"]}]""",
            schema["anyOf"]!.ToJsonString());
        Assert.Equal("{}", schema["properties"]!["body"]!.ToJsonString());
    }

    private static string Finish(string schema, Type? outputType = null) =>
        OutputSchemas.Compact(JsonDocument.Parse(schema).RootElement, outputType).GetRawText();
}
