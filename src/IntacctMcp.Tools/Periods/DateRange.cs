using System.Text.Json.Nodes;
using IntacctMcp.Tools.Arguments;

namespace IntacctMcp.Tools.Periods;

/// <summary>An inclusive date range.</summary>
/// <param name="Start">The first day.</param>
/// <param name="End">The last day.</param>
/// <param name="Label">How the range was asked for, e.g. <c>Q1 2026</c>.</param>
internal sealed record DateRange(DateOnly Start, DateOnly End, string Label)
{
    /// <summary>Renders the range as reports show it: <c>{label, start, end}</c>.</summary>
    /// <returns>The node.</returns>
    public JsonObject ToJson() => new()
    {
        ["label"] = Label,
        ["start"] = ArgumentParser.Format(Start),
        ["end"] = ArgumentParser.Format(End),
    };
}
