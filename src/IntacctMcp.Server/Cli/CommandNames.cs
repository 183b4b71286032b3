namespace IntacctMcp.Server.Cli;

/// <summary>The command names of the command line (a contract: scripts and client configs depend on them).</summary>
internal static class CommandNames
{
    public const string Stdio = "stdio";
    public const string Http = "http";
    public const string TestConnection = "test-connection";
    public const string Login = "login";
    public const string Logout = "logout";
    public const string ApiKeyCreate = "apikey create";
    public const string Help = "help";
    public const string Version = "version";
}
