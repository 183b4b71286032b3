namespace IntacctMcp.Tools.Catalog;

/// <summary>Marks a tool that can change the books: hidden and refused unless writes are allowed, and held to the write scope.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class IntacctWriteToolAttribute : Attribute
{
    /// <summary>
    /// Gets or sets whether the tool writes only for some arguments: <c>call_sage_endpoint</c> is a write unless its
    /// <c>method</c> is GET (or a POST to the query or model service). Such a tool stays listed as a read tool.
    /// </summary>
    /// <value>The default value is <see langword="false"/>: the tool always writes.</value>
    public bool DependsOnMethod { get; set; }
}
