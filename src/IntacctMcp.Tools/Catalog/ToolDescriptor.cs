using System.Reflection;

namespace IntacctMcp.Tools.Catalog;

/// <summary>What the policy needs to know about one tool.</summary>
/// <param name="Name">The tool name.</param>
/// <param name="Toolset">The toolset it belongs to.</param>
/// <param name="WriteKind">Whether it writes.</param>
/// <param name="Method">The method implementing it.</param>
internal sealed record ToolDescriptor(string Name, string Toolset, ToolWriteKind WriteKind, MethodInfo Method);
