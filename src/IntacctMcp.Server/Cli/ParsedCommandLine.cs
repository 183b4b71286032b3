namespace IntacctMcp.Server.Cli;

/// <summary>The command line after parsing.</summary>
/// <param name="Command">The command name: <c>stdio</c>, <c>http</c>, <c>test-connection</c>, <c>apikey create</c>, <c>help</c> or <c>version</c>.</param>
/// <param name="Settings">Configuration keys set by options (the highest-precedence configuration source).</param>
/// <param name="ConfigFiles">Files given with <c>--config</c>, in order.</param>
/// <param name="CommandOptions">Options that belong to the command itself (e.g. <c>--name</c> of <c>apikey create</c>), by name without dashes.</param>
internal sealed record ParsedCommandLine(
    string Command,
    IReadOnlyDictionary<string, string?> Settings,
    IReadOnlyList<string> ConfigFiles,
    IReadOnlyDictionary<string, string> CommandOptions)
{
    /// <summary>Gets a command option's value, or <see langword="null"/>.</summary>
    public string? GetOption(string name) => CommandOptions.TryGetValue(name, out var value) ? value : null;
}
