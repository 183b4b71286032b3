using System.Text;
using System.Text.Json.Nodes;
using IntacctMcp.Tools.Results;
using IntacctMcp.Tools.Tests.Hosting;
using Xunit;

namespace IntacctMcp.Tools.Tests.Results;

public sealed class ToolResultsTests
{
    private static List<JsonObject> MakeRows(int count) =>
        [.. Enumerable.Range(1, count).Select(i => new JsonObject { ["id"] = $"B{i:0000}", ["memo"] = new string('x', 90) })];

    [Fact]
    public void List_OverBudget_CutsWholeRowsAndPointsToNextPage()
    {
        var result = ToolResults.List("Bills", MakeRows(100), 100, null, 1, 2048);

        var text = ToolsHarness.Text(result);
        var structured = ToolsHarness.Structured(result);
        var kept = structured.GetProperty("items").GetArrayLength();
        Assert.InRange(kept, 1, 99);
        Assert.True(Encoding.UTF8.GetByteCount(text) <= 2048);
        Assert.True(structured.GetProperty("truncated").GetBoolean());
        Assert.Equal(1 + kept, structured.GetProperty("next").GetInt32());
        Assert.Contains("Truncated", text, StringComparison.Ordinal);
        foreach (var line in text.Split('\n').Where(l => l.StartsWith('{')))
        {
            Assert.NotNull(JsonNode.Parse(line));
        }
    }

    [Fact]
    public void List_UnderBudget_KeepsEverythingAndSageNext()
    {
        var result = ToolResults.List("Bills", MakeRows(3), 40, 4, 1, 16_384);

        var structured = ToolsHarness.Structured(result);
        Assert.Equal(3, structured.GetProperty("items").GetArrayLength());
        Assert.False(structured.GetProperty("truncated").GetBoolean());
        Assert.Equal(4, structured.GetProperty("next").GetInt32());
        Assert.Equal(40, structured.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public void Object_OverBudget_CutsLargestArray()
    {
        var record = new JsonObject { ["id"] = "JE1", ["lines"] = new JsonArray([.. MakeRows(200).Select(r => (JsonNode?)r)]) };

        var result = ToolResults.Object("Entry", record, 4096);

        var structured = ToolsHarness.Structured(result);
        Assert.True(structured.GetProperty("truncated").GetBoolean());
        Assert.InRange(structured.GetProperty("lines").GetArrayLength(), 1, 199);
        Assert.True(Encoding.UTF8.GetByteCount(ToolsHarness.Text(result)) <= 4096);
    }
}
