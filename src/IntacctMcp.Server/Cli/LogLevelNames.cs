namespace IntacctMcp.Server.Cli;

/// <summary>Maps the level names people type (Serilog's and Microsoft's) to Serilog's level names.</summary>
internal static class LogLevelNames
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["verbose"] = "Verbose",
        ["trace"] = "Verbose",
        ["debug"] = "Debug",
        ["information"] = "Information",
        ["info"] = "Information",
        ["warning"] = "Warning",
        ["warn"] = "Warning",
        ["error"] = "Error",
        ["fatal"] = "Fatal",
        ["critical"] = "Fatal",
    };

    /// <summary>Gets the accepted names.</summary>
    public static IEnumerable<string> Accepted => Names.Keys;

    /// <summary>Returns Serilog's name for a level, or <see langword="null"/> when the name is unknown.</summary>
    public static string? Normalize(string value) => Names.TryGetValue(value.Trim(), out var name) ? name : null;
}
