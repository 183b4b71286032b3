namespace IntacctMcp.Intacct.Configuration;

/// <summary>The companies this server serves, bound from the <c>Intacct</c> configuration section.</summary>
public sealed class IntacctOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Intacct";

    /// <summary>Gets the companies by name (case-insensitive): <c>Intacct:Companies:&lt;name&gt;:…</c>.</summary>
    public Dictionary<string, IntacctCompanyOptions> Companies { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Gets or sets the company used when a call names none.</summary>
    /// <value>The default value is <see langword="null"/>: the only company when there is exactly one.</value>
    public string? DefaultCompany { get; set; }
}
