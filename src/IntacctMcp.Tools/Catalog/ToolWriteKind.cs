namespace IntacctMcp.Tools.Catalog;

/// <summary>Whether a tool reads, writes, or decides per call (by its <c>method</c> argument).</summary>
internal enum ToolWriteKind
{
    /// <summary>Never changes anything.</summary>
    Read,

    /// <summary>Always a write.</summary>
    Write,

    /// <summary>A write unless the request is a read (see <see cref="Policy.RawRequestClassifier"/>).</summary>
    DependsOnMethod,
}
