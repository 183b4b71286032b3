using IntacctMcp.Server.Credentials;

namespace IntacctMcp.Server.Tests.Credentials;

/// <summary>Companies with recognisable secrets.</summary>
internal static class TestCompanies
{
    public const string Secret = "s3cr3t-Value-For-Store-Tests";
    public const string Username = "ai-api@AcmeHouseCo|Phoenix";

    public static StoredCompany Acme(string name = "acme", string secret = Secret, string username = Username) => new()
    {
        Name = name,
        ClientId = "acme-client-id",
        ClientSecret = secret,
        Username = username,
        EntityId = "Phoenix",
        BaseUrl = "http://127.0.0.1:5999/ia/api/v1",
        RequestsPerMinute = 45,
        Burst = 5,
        MaxConcurrency = 3,
    };
}
