using Microsoft.Extensions.Configuration;

namespace IntacctMcp.Server.Credentials;

/// <summary>Configuration from the encrypted company store (see <see cref="CompanyStoreConfigurationProvider"/>).</summary>
/// <param name="home">The store folder.</param>
internal sealed class CompanyStoreConfigurationSource(IntacctMcpHome home) : IConfigurationSource
{
    /// <summary>Gets the store folder.</summary>
    public IntacctMcpHome Home => home;

    /// <inheritdoc/>
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new CompanyStoreConfigurationProvider(this);
}
