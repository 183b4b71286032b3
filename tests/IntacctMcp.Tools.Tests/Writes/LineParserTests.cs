using System.Text.Json;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Writes;
using Xunit;

namespace IntacctMcp.Tools.Tests.Writes;

public sealed class LineParserTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.005)]
    public void Check_BadAmount_NamesArgument(double amount)
    {
        var error = Assert.Throws<ToolArgumentException>(() => Amounts.Check((decimal)amount, "amount"));
        Assert.Equal("amount", error.Argument);
    }

    [Fact]
    public void DocumentLines_SingleLine_FromAmountAndAccount()
    {
        var lines = LineParser.DocumentLines(null, 1250m, "6100", "Repairs", new Dictionary<string, string>());

        var line = Assert.Single(lines);
        Assert.Equal("6100", line.GlAccount);
        Assert.Equal("1250.00", Amounts.Format(line.Amount));
    }

    [Fact]
    public void JournalLines_DebitAndCredit_AreRead()
    {
        using var doc = JsonDocument.Parse("[{\"glAccount\":\"6100\",\"debit\":100},{\"glAccount\":\"2000\",\"credit\":\"100.00\",\"dimensions\":{\"department\":\"FIN\"}}]");

        var lines = LineParser.JournalLines(doc.RootElement, new Dictionary<string, string>());

        Assert.Equal(["debit", "credit"], lines.Select(l => l.TxnType));
        Assert.Equal("FIN", lines[1].Dimensions["department"]);
    }

    [Fact]
    public void JournalLines_BothDebitAndCredit_NamesLine()
    {
        using var doc = JsonDocument.Parse("[{\"glAccount\":\"6100\",\"debit\":100,\"credit\":100}]");

        var error = Assert.Throws<ToolArgumentException>(() => LineParser.JournalLines(doc.RootElement, new Dictionary<string, string>()));

        Assert.Equal("lines[0]", error.Argument);
    }
}
