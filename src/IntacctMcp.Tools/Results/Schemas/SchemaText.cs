
namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Descriptions shared by several output schemas (the same words for the same thing).</summary>
internal static class SchemaText
{
    /// <summary>On rows of list tools that take a <c>fields</c> argument.</summary>
    public const string DefaultFields = "Others when named in fields.";

    /// <summary>On records read from Sage in full.</summary>
    public const string SageRecord = "Sage's record; other fields vary.";
}
