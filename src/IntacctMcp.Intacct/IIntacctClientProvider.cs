namespace IntacctMcp.Intacct;

/// <summary>Hands out the <see cref="IIntacctClient"/> of each configured company.</summary>
public interface IIntacctClientProvider
{
    /// <summary>Gets the configured company names, in configuration order.</summary>
    IReadOnlyList<string> CompanyNames { get; }

    /// <summary>Gets the default company: the configured default, else the only company, else <see langword="null"/>.</summary>
    string? DefaultCompany { get; }

    /// <summary>Gets the client of a company.</summary>
    /// <param name="company">A configured company name (case-insensitive), or <see langword="null"/> for the default.</param>
    /// <returns>The company's client; the same instance for the life of the provider.</returns>
    /// <exception cref="Errors.IntacctConfigurationException">The name is unknown, or none was given and there is no default; the message lists the configured names.</exception>
    IIntacctClient GetClient(string? company = null);
}
