namespace IntacctMcp.Tools;

/// <summary>Which tools are offered and how results are shaped; bound from the <c>Tools</c> configuration section.</summary>
public sealed class IntacctToolsOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Tools";

    /// <summary>The <see cref="FreeText"/> value that keeps memo and description fields in results.</summary>
    public const string FreeTextFull = "full";

    /// <summary>The <see cref="FreeText"/> value that leaves memo and description fields out unless a call names them in <c>fields</c>.</summary>
    public const string FreeTextOmit = "omit";

    /// <summary>Gets the toolsets to offer (see <see cref="IntacctToolsets"/>); empty means all.</summary>
    public IList<string> Toolsets { get; } = [];

    /// <summary>
    /// Gets or sets whether each session starts with the <c>context</c> tools plus <c>list_toolsets</c> and
    /// <c>enable_toolset</c>, and enables the other selected toolsets on request (sending <c>notifications/tools/list_changed</c>).
    /// Needs a session: stdio or stateful HTTP.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: every selected toolset is listed from the start.</value>
    public bool DynamicToolsets { get; set; }

    /// <summary>Gets or sets whether every write tool is removed. Wins over everything else.</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ReadOnly { get; set; }

    /// <summary>Gets or sets whether write tools are offered at all (writes are off by default).</summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool AllowWrites { get; set; }

    /// <summary>
    /// Gets or sets whether a write needs a confirmation token when the client cannot ask the user (no <c>elicitation</c>
    /// capability, or a transport that cannot carry the question): the first call returns a preview and a token, and only
    /// the same call repeated with <c>confirmationToken</c> posts. Clients that can be asked are asked whatever this says.
    /// </summary>
    /// <value>The default value is <see langword="false"/>.</value>
    public bool ConfirmWrites { get; set; }

    /// <summary>Gets or sets the most bytes of text a tool result may carry; whole rows are cut beyond it.</summary>
    /// <value>The default value is 16384.</value>
    public int ResponseBudgetBytes { get; set; } = 16_384;

    /// <summary>
    /// Gets or sets how results carry free text typed into Sage (memos, descriptions): <c>full</c>, or <c>omit</c> to
    /// leave those fields out unless a call names them in <c>fields</c>. Names stay either way; every result is scanned
    /// for text that reads like instructions to an assistant.
    /// </summary>
    /// <value>The default value is <c>full</c>.</value>
    public string FreeText { get; set; } = FreeTextFull;

    /// <summary>Gets whether memo and description fields are left out of results (<see cref="FreeText"/> is <c>omit</c>).</summary>
    public bool OmitsFreeText => string.Equals(FreeText?.Trim(), FreeTextOmit, StringComparison.OrdinalIgnoreCase);
}
