namespace IntacctMcp.Tools;

/// <summary>Which tools are offered and how results are shaped; bound from the <c>Tools</c> configuration section.</summary>
public sealed class IntacctToolsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Tools";

    /// <summary>Gets the toolsets to offer (see <see cref="IntacctToolsets"/>); empty means all.</summary>
    public IList<string> Toolsets { get; } = [];

    /// <summary>Gets or sets whether every write tool is removed. Wins over everything else.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets whether write tools are offered at all (writes are off by default).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowWrites { get; set; }

    /// <summary>Gets or sets the most bytes of text a tool result may carry; whole rows are cut beyond it.</summary>
    /// <value>The default value is 16384.</value>
    public int ResponseBudgetBytes { get; set; } = 16_384;
}
