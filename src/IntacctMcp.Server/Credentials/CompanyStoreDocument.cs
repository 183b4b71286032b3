namespace IntacctMcp.Server.Credentials;

/// <summary>The content of <c>companies.json</c>: a format version and the companies, secrets protected.</summary>
/// <param name="Version">The file format version (<see cref="CompanyStore.FormatVersion"/>).</param>
/// <param name="Companies">The companies.</param>
internal sealed record CompanyStoreDocument(int Version, IReadOnlyList<CompanyStoreEntry>? Companies);
