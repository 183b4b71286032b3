namespace IntacctMcp.Tools.Writes;

/// <summary>A write this process posted: enough to name it, never its body.</summary>
/// <param name="Noun">What was posted, e.g. <c>bill</c>.</param>
/// <param name="Key">Sage's record key, if it returned one.</param>
/// <param name="Summary">The one-line summary of IDs and amounts.</param>
/// <param name="PostedAt">When it was posted (Sage's cached date for a replay).</param>
internal sealed record RecentWrite(string Noun, string? Key, string Summary, DateTimeOffset PostedAt);
