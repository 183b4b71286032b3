using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;
using IntacctMcp.Tools.Periods;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>JSON pieces the statements share.</summary>
internal static class StatementJson
{
    /// <summary>Renders a period as <c>{label, start, end}</c>.</summary>
    /// <param name="range">The period.</param>
    /// <returns>The node.</returns>
    public static JsonObject Period(DateRange range) => new()
    {
        ["label"] = range.Label,
        ["start"] = ArgumentParser.Format(range.Start),
        ["end"] = ArgumentParser.Format(range.End),
    };
}
