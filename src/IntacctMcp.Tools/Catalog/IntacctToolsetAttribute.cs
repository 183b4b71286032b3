namespace IntacctMcp.Tools.Catalog;

/// <summary>Names the toolset (see <see cref="IntacctToolsets"/>) a tool class belongs to; read by the policy filters from <c>McpServerTool.Metadata</c>.</summary>
/// <param name="name">The toolset name, e.g. <c>ap</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class IntacctToolsetAttribute(string name) : Attribute
{
    /// <summary>Gets the toolset name.</summary>
    public string Name { get; } = name;
}
