namespace IntacctMcp.Intacct.Objects;

/// <summary>Sage's <c>ia::meta</c> for lists and queries.</summary>
/// <param name="TotalCount">How many records match in all.</param>
/// <param name="Start">The 1-based start of this page.</param>
/// <param name="PageSize">The page size used.</param>
/// <param name="Next">The start of the next page, or <see langword="null"/> on the last page.</param>
/// <param name="Previous">The start of the previous page, or <see langword="null"/> on the first page.</param>
public sealed record IntacctPageMeta(int? TotalCount, int? Start, int? PageSize, int? Next, int? Previous);
