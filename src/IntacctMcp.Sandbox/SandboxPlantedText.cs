namespace IntacctMcp.Sandbox;

/// <summary>
/// Text to plant in a record's free-text field, as an attacker who can type into Sage (or into a system that feeds it)
/// would: for rehearsing how the MCP server flags text that reads like instructions to an assistant.
/// </summary>
public sealed record SandboxPlantedText
{
    /// <summary>Gets the object, e.g. <c>accounts-payable/vendor</c> or <c>accounts-payable/bill</c>.</summary>
    public required string Object { get; init; }

    /// <summary>Gets the record's ID (e.g. <c>V1001</c>) or key.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the text field: a field path of the object (<c>name</c>, <c>description</c>) or of a line, <c>lines[0].memo</c> (0-based).</summary>
    public required string Field { get; init; }

    /// <summary>Gets the text to store (at most <see cref="MaxLength"/> characters).</summary>
    public required string Text { get; init; }

    /// <summary>The longest text accepted.</summary>
    public const int MaxLength = 4000;
}
