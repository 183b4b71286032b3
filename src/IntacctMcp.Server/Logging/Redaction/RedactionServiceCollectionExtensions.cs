using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>Registers the secret redactor.</summary>
internal static class RedactionServiceCollectionExtensions
{
    /// <summary>
    /// Registers one <see cref="SecretRedactor"/> (also as <see cref="ISecretRegistry"/>) that knows every secret of the
    /// configuration. Pass the instance the logger configuration already uses, or let one be created.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="redactor">The instance to register; <see langword="null"/> creates one from the configuration.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIntacctSecretRedaction(this IServiceCollection services, SecretRedactor? redactor = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (redactor is not null)
        {
            services.TryAddSingleton(redactor);
        }
        else
        {
            services.TryAddSingleton(sp =>
            {
                var created = new SecretRedactor();
                if (sp.GetService<IConfiguration>() is { } configuration)
                {
                    created.RegisterConfiguredSecrets(configuration);
                }

                return created;
            });
        }

        services.TryAddSingleton<ISecretRegistry>(sp => sp.GetRequiredService<SecretRedactor>());
        return services;
    }
}
