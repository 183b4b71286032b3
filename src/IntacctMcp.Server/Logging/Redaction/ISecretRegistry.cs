namespace IntacctMcp.Server.Logging.Redaction;

/// <summary>Learns secret values at run time (access tokens as they are issued or read) so that they are redacted.</summary>
internal interface ISecretRegistry
{
    /// <summary>Registers a value that must never appear in logs or results. Short or empty values are ignored.</summary>
    /// <param name="secret">The secret value.</param>
    void Register(string? secret);
}
