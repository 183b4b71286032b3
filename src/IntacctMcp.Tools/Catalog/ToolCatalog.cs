using System.Collections.Frozen;
using System.Reflection;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Catalog;

/// <summary>Every tool of this library, read once from the attributes on the tool classes.</summary>
internal static class ToolCatalog
{
    /// <summary>
    /// Gets the tool classes: every class of this assembly marked <c>[McpServerToolType]</c> and <c>[IntacctToolset]</c>,
    /// found by scanning so that adding an area is adding a folder under <c>Modules</c>, with no list to keep. Ordered by
    /// toolset (as in <see cref="IntacctToolsets.All"/>), then name, so tools/list is stable.
    /// </summary>
    public static IReadOnlyList<Type> ToolTypes { get; } = Scan(typeof(ToolCatalog).Assembly);

    /// <summary>Gets every tool by name.</summary>
    public static FrozenDictionary<string, ToolDescriptor> ByName { get; } = Build().ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Finds a tool by name.</summary>
    /// <param name="name">The tool name.</param>
    /// <returns>The descriptor, or <see langword="null"/> for a tool this library does not own.</returns>
    public static ToolDescriptor? Find(string name) => ByName.GetValueOrDefault(name);

    /// <summary>Finds the tool classes of an assembly.</summary>
    /// <param name="assembly">The assembly to scan.</param>
    /// <returns>The classes with both attributes, by toolset order then full name.</returns>
    internal static IReadOnlyList<Type> Scan(Assembly assembly) =>
        [.. assembly.GetTypes()
            .Where(t => t.IsClass && t.IsDefined(typeof(McpServerToolTypeAttribute), inherit: false) && t.IsDefined(typeof(IntacctToolsetAttribute), inherit: false))
            .OrderBy(t => ToolsetOrder(t.GetCustomAttribute<IntacctToolsetAttribute>()!.Name))
            .ThenBy(t => t.FullName, StringComparer.Ordinal)];

    private static int ToolsetOrder(string toolset)
    {
        // A toolset missing from IntacctToolsets.All sorts last; the convention test then names it.
        var index = IntacctToolsets.All.ToList().IndexOf(toolset);
        return index < 0 ? int.MaxValue : index;
    }

    private static IEnumerable<ToolDescriptor> Build()
    {
        foreach (var type in ToolTypes)
        {
            var toolset = type.GetCustomAttribute<IntacctToolsetAttribute>()?.Name
                ?? throw new InvalidOperationException($"{type.Name} has no [IntacctToolset].");
            var methods = type.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static);
            foreach (var method in methods)
            {
                if (method.GetCustomAttribute<McpServerToolAttribute>() is not { } tool)
                {
                    continue;
                }

                var write = method.GetCustomAttribute<IntacctWriteToolAttribute>();
                var kind = write is null ? ToolWriteKind.Read : write.DependsOnMethod ? ToolWriteKind.DependsOnMethod : ToolWriteKind.Write;
                yield return new ToolDescriptor(tool.Name ?? method.Name, toolset, kind, method);
            }
        }
    }
}
