using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.Results;

/// <summary>The output schema shared by every list tool.</summary>
/// <param name="Items">The rows.</param>
/// <param name="TotalCount">Rows matching in all.</param>
/// <param name="Next">The <c>start</c> of the next page, or null.</param>
/// <param name="Truncated">Whether rows were cut to fit the response budget.</param>
internal sealed record ListOutput(
    IReadOnlyList<JsonObject> Items,
    int? TotalCount,
    int? Next,
    bool Truncated);
