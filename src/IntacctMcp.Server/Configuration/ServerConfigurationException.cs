namespace IntacctMcp.Server.Configuration;

/// <summary>The server's own configuration (HTTP, authentication) is wrong; the message names the setting and the fix. Exit code 2.</summary>
internal sealed class ServerConfigurationException(string message) : Exception(message);
