using System.Text.RegularExpressions;
using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

/// <summary>
/// The Tools project's folders form a one-way graph (issue 19): a folder importing a folder that imports it back makes
/// neither one movable or testable alone, and an area calling another area's tools couples toolsets a host may not enable together.
/// </summary>
public sealed partial class FolderDependencyTests
{
    private const string Prefix = "IntacctMcp.Tools.";

    private static readonly string ToolsSource = Path.Combine(RepositoryRoot(), "src", "IntacctMcp.Tools");

    [Fact]
    public void ToolsFolders_ImportEachOtherWithoutCircles()
    {
        var graph = Graph(ToolsSource);

        var circle = FindCircle(graph);

        Assert.True(circle is null, $"folders import each other in a circle: {string.Join(" -> ", circle ?? [])}");
    }

    [Fact]
    public void Modules_NeverUseAnotherModule()
    {
        var graph = Graph(ToolsSource);

        var crossings = graph
            .Where(p => p.Key.StartsWith("Modules.", StringComparison.Ordinal))
            .SelectMany(p => p.Value.Where(t => t.StartsWith("Modules", StringComparison.Ordinal)).Select(t => $"{p.Key} -> {t}"))
            .ToList();

        Assert.Empty(crossings);
        Assert.Contains("Modules.Payables", graph.Keys);
    }

    [Fact]
    public void FindCircle_FindsOne_WhereThereIsOne()
    {
        // The check itself, on a graph shaped like the one issue 19 removed (Catalog -> Toolsets -> Policy -> Catalog).
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal)
        {
            ["Catalog"] = ["Results", "Toolsets"],
            ["Toolsets"] = ["Policy"],
            ["Policy"] = ["Catalog"],
            ["Results"] = [],
        };

        Assert.Equal(["Catalog", "Toolsets", "Policy", "Catalog"], FindCircle(graph));
        graph["Policy"].Clear();
        Assert.Null(FindCircle(graph));
    }

    [Fact]
    public void NodeOf_CountsEachModuleAsOneNode()
    {
        Assert.Equal("Modules.Payables", NodeOf("IntacctMcp.Tools.Modules.Payables.Sub"));
        Assert.Equal("Results", NodeOf("IntacctMcp.Tools.Results.Schemas"));
        Assert.Null(NodeOf("IntacctMcp.Tools"));
        Assert.Null(NodeOf("IntacctMcp.Intacct.Query"));
    }

    /// <summary>Reads each file's namespace and the Tools namespaces it names (usings and fully qualified names alike).</summary>
    private static Dictionary<string, HashSet<string>> Graph(string root)
    {
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var declared = Namespace().Match(text);
            Assert.True(declared.Success, $"{file} declares no file-scoped namespace");

            // Files at the project root (options, toolset names, the DI entry point) are the composition and leaf
            // constants every folder may see; the graph is between folders.
            if (NodeOf(declared.Groups[1].Value) is not { } from)
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var known) ? known : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            foreach (Match reference in ToolsName().Matches(text[(declared.Index + declared.Length)..]))
            {
                if (NodeOf(reference.Value) is { } to && to != from)
                {
                    edges.Add(to);
                }
            }

            foreach (Match use in Using().Matches(text[..declared.Index]))
            {
                if (NodeOf(use.Groups[1].Value) is { } to && to != from)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>Maps a namespace to its node: the top-level folder, or <c>Modules.Area</c> for an area.</summary>
    private static string? NodeOf(string ns)
    {
        if (!ns.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[Prefix.Length..].Split('.');
        return parts[0] == "Modules" && parts.Length > 1 ? $"Modules.{parts[1]}" : parts[0];
    }

    private static List<string>? FindCircle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var node in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(node) is { } circle)
            {
                return circle;
            }
        }

        return null;

        List<string>? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0)
            {
                return [.. path[at..], node];
            }

            if (!done.Add(node))
            {
                return null;
            }

            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []).Order(StringComparer.Ordinal))
            {
                if (Visit(next) is { } circle)
                {
                    return circle;
                }
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntacctMcp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IntacctMcp.sln was not found above the test output folder.");
    }

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"IntacctMcp\.Tools(?:\.\w+)+")]
    private static partial Regex ToolsName();
}
