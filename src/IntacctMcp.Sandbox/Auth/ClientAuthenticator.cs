namespace IntacctMcp.Sandbox.Auth;

/// <summary>Checks a client for the authorization-code and refresh grants: a confidential client must send its secret, a public one none.</summary>
internal static class ClientAuthenticator
{
    public static bool IsAuthentic(SandboxState state, string? clientId, string? clientSecret)
    {
        if (clientId is null)
        {
            return false;
        }

        if (state.PublicClients.Contains(clientId))
        {
            return string.IsNullOrEmpty(clientSecret);
        }

        return clientSecret is not null && state.Clients.TryGetValue(clientId, out var secret) && SecretHash.SameSecret(secret, clientSecret);
    }
}
