namespace IntacctMcp.SpecExtract;

/// <summary>A field name a request or a record uses that Sage's spec does not allow there.</summary>
/// <param name="Where">The request or record (e.g. <c>POST /services/core/query</c>).</param>
/// <param name="ObjectName">The object.</param>
/// <param name="Path">The field path.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record SpecViolation(string Where, string ObjectName, string Path, string Problem)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Where}: {ObjectName} '{Path}' {Problem}";
}
