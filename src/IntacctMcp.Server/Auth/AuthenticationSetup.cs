using IntacctMcp.Server.Configuration;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace IntacctMcp.Server.Auth;

/// <summary>
/// Registers the caller authentication of the HTTP endpoint: one policy scheme that forwards <c>imcp_</c> keys to the
/// API-key handler and every other bearer token to JwtBearer.
/// </summary>
internal static class AuthenticationSetup
{
    /// <summary>The scheme the endpoint authenticates with.</summary>
    public const string SchemeName = "IntacctMcp";

    /// <summary>Registers authentication for <paramref name="options"/>.</summary>
    /// <exception cref="ServerConfigurationException">An API key or JWT setting is invalid.</exception>
    public static void AddCallerAuthentication(this IServiceCollection services, CallerAuthenticationOptions options)
    {
        services.AddSingleton(new ApiKeyRegistry(options.ApiKeys));
        var jwt = options.Jwt;
        var authentication = services.AddAuthentication(SchemeName)
            .AddPolicyScheme(SchemeName, "API key or JWT bearer", policy => policy.ForwardDefaultSelector = context =>
                BearerToken.From(context.Request) is { } token && !token.StartsWith(ApiKeys.Prefix, StringComparison.Ordinal) && jwt.IsConfigured
                    ? JwtBearerDefaults.AuthenticationScheme
                    : ApiKeyAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyAuthenticationHandler.SchemeName, configureOptions: null);

        if (jwt.IsConfigured)
        {
            var signingKeys = JwtSigningKeys.Parse(jwt.SigningKeys);
            IReadOnlyList<string> defaultCompanies = [.. jwt.Companies];
            authentication.AddJwtBearer(bearer => ConfigureJwt(bearer, jwt, signingKeys, defaultCompanies));
        }
    }

    private static void ConfigureJwt(JwtBearerOptions bearer, JwtOptions jwt, IReadOnlyList<SecurityKey> signingKeys, IReadOnlyList<string> defaultCompanies)
    {
        bearer.MapInboundClaims = false;
        bearer.Authority = string.IsNullOrWhiteSpace(jwt.Authority) ? null : jwt.Authority;
        bearer.Audience = jwt.Audience;
        bearer.RequireHttpsMetadata = jwt.RequireHttpsMetadata;
        bearer.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = !string.IsNullOrWhiteSpace(jwt.Issuer ?? jwt.Authority),
            ValidIssuer = jwt.Issuer ?? jwt.Authority,
            ValidateAudience = true,
            ValidAudience = jwt.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = "sub",
        };

        if (signingKeys.Count > 0)
        {
            // Offline validation: a static (empty) configuration stops JwtBearer from fetching the authority's metadata.
            bearer.TokenValidationParameters.IssuerSigningKeys = signingKeys;
            bearer.Configuration = new OpenIdConnectConfiguration();
        }

        bearer.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                if (context.Principal is not null)
                {
                    JwtClaimsMapper.Map(context.Principal, defaultCompanies);
                }

                return Task.CompletedTask;
            },
        };
    }
}
