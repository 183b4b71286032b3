namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>The secret scan over everything the suite saw.</summary>
/// <param name="SecretsKnown">Distinct secret values looked for (client secrets, tokens, Authorization values).</param>
/// <param name="TextsScanned">Log lines, errors and tool results scanned.</param>
/// <param name="Found">Texts that held a secret or a token-shaped value (must be 0).</param>
/// <param name="Where">Where each finding was (source and which secret, never the value).</param>
internal sealed record SecretsFigures(int SecretsKnown, long TextsScanned, int Found, IReadOnlyList<string> Where);
