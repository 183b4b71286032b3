using System.Collections.Frozen;
using System.Reflection;
using IntacctMcp.Tools.Modules.Cash;
using IntacctMcp.Tools.Modules.Dimensions;
using IntacctMcp.Tools.Toolsets;
using ModelContextProtocol.Server;

namespace IntacctMcp.Tools.Catalog;

/// <summary>Every tool of this library, read once from the attributes on the tool classes.</summary>
internal static class ToolCatalog
{
    /// <summary>Gets the tool classes, one per module.</summary>
    public static IReadOnlyList<Type> ToolTypes { get; } =
    [
        typeof(ContextTools),
        typeof(GeneralLedgerTools),
        typeof(AccountsPayableTools),
        typeof(AccountsReceivableTools),
        typeof(QueryTools),
        typeof(RawTools),
        typeof(CashTools),
        typeof(DimensionTools),
    ];

    /// <summary>Gets every tool by name.</summary>
    public static FrozenDictionary<string, ToolDescriptor> ByName { get; } = Build().ToFrozenDictionary(d => d.Name, StringComparer.Ordinal);

    /// <summary>Finds a tool by name.</summary>
    /// <param name="name">The tool name.</param>
    /// <returns>The descriptor, or <see langword="null"/> for a tool this library does not own.</returns>
    public static ToolDescriptor? Find(string name) => ByName.GetValueOrDefault(name);

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
