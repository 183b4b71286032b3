using System.Text.RegularExpressions;
using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

/// <summary>
/// Reads which folders of one src project import which (the repository rule: folders inside a project do not import
/// each other in circles), and finds a circle in such a graph. A folder is the first namespace segment after the
/// project's name; an area under <c>Modules</c> counts as a node of its own (<c>Modules.Payables</c>).
/// </summary>
internal static partial class FolderGraph
{
    /// <summary>The directory of the src project <paramref name="project"/> (e.g. <c>IntacctMcp.Sandbox</c>).</summary>
    public static string SourceOf(string project) => Path.Combine(RepositoryRoot(), "src", project);

    /// <summary>
    /// Reads each file's namespace and the project's folders it names: <c>using</c> directives, fully qualified names,
    /// and names qualified by a folder alone (<c>Limits.CompanyRateLimiter</c>, which C# resolves from inside the project).
    /// </summary>
    public static Dictionary<string, HashSet<string>> Read(string project)
    {
        var root = SourceOf(project);
        var prefix = project + ".";
        var files = Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: f, Text: File.ReadAllText(f)))
            .ToList();

        // Types each folder declares, so a folder-qualified name counts only when it names one of them (not a
        // property that happens to share a folder's name).
        var declared = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var namespaces = new Dictionary<string, Match>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            var ns = Namespace().Match(text);
            if (!ns.Success)
            {
                // Only a top-level-statements Program.cs may have no namespace, and it sits at the project root.
                Assert.True(Path.GetDirectoryName(file) == root, $"{file} declares no namespace");
                continue;
            }

            namespaces[file] = ns;
            if (NodeOf(prefix, ns.Groups[1].Value) is { } node)
            {
                var types = declared.TryGetValue(node, out var known) ? known : declared[node] = new HashSet<string>(StringComparer.Ordinal);
                types.UnionWith(TypeDeclaration().Matches(text).Select(m => m.Groups[1].Value));
            }
        }

        var folders = string.Join('|', declared.Keys.Select(k => Regex.Escape(k.Split('.')[0])).Distinct());
        var folderName = new Regex(folders.Length == 0 ? "(?!)" : $@"(?<![\w.])({folders})((?:\.\w+)+)");
        var graph = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (file, text) in files)
        {
            // Files at the project root (options, leaf constants, the composition root) are what every folder may
            // see; the graph is between folders.
            if (!namespaces.TryGetValue(file, out var ns) || NodeOf(prefix, ns.Groups[1].Value) is not { } from)
            {
                continue;
            }

            var edges = graph.TryGetValue(from, out var known) ? known : graph[from] = new HashSet<string>(StringComparer.Ordinal);
            var code = text[(ns.Index + ns.Length)..];
            foreach (Match reference in FullName().Matches(code))
            {
                if (NodeOf(prefix, reference.Value) is { } to && to != from)
                {
                    edges.Add(to);
                }
            }

            // A folder-qualified name counts in code only: a comment line's <see cref="Policy.X"/> points a reader
            // somewhere, it does not import anything (fully qualified names count everywhere, as they always did).
            foreach (Match reference in folderName.Matches(CommentLine().Replace(code, string.Empty)))
            {
                if (NodeOf(prefix, prefix + reference.Value) is { } to && to != from && Names(declared, to, reference.Groups[2].Value))
                {
                    edges.Add(to);
                }
            }

            foreach (Match use in Using().Matches(text[..ns.Index]))
            {
                if (NodeOf(prefix, use.Groups[1].Value) is { } to && to != from)
                {
                    edges.Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>Maps a namespace to its node: the top-level folder, or <c>Modules.Area</c> for an area; null outside the project's folders.</summary>
    public static string? NodeOf(string prefix, string ns)
    {
        if (!ns.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns[prefix.Length..].Split('.');
        return parts[0] == "Modules" && parts.Length > 1 ? $"Modules.{parts[1]}" : parts[0];
    }

    /// <summary>The first circle found (its first node repeated at the end), or null when the arrows point one way.</summary>
    public static List<string>? FindCircle(Dictionary<string, HashSet<string>> graph)
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

    /// <summary>Whether <paramref name="rest"/> (after the folder, e.g. <c>.Payables.BillTool</c>) names a type the node declares.</summary>
    private static bool Names(Dictionary<string, HashSet<string>> declared, string node, string rest) =>
        declared.TryGetValue(node, out var types) &&
        rest.Split('.', StringSplitOptions.RemoveEmptyEntries).Any(types.Contains);

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

    [GeneratedRegex(@"^namespace\s+([\w.]+)\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex Namespace();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?([\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();

    [GeneratedRegex(@"IntacctMcp(?:\.\w+)+")]
    private static partial Regex FullName();

    [GeneratedRegex(@"^\s*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum)\s+(?:struct\s+|class\s+)?(\w+)")]
    private static partial Regex TypeDeclaration();
}
