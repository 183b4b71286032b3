namespace IntacctMcp.Intacct.Objects;

/// <summary>One page of a list or query answer.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="Meta">The paging meta (<c>ia::meta</c>).</param>
public sealed record IntacctPage<T>(IReadOnlyList<T> Items, IntacctPageMeta Meta);
