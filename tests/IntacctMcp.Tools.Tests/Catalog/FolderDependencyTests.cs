using Xunit;

namespace IntacctMcp.Tools.Tests.Catalog;

/// <summary>
/// Every src project's folders form a one-way graph (issue 19, then the sandbox's Api/Auth/Writes/Query/Reports loop):
/// a folder importing a folder that imports it back makes neither one movable or testable alone, and an area calling
/// another area's tools couples toolsets a host may not enable together.
/// </summary>
public sealed class FolderDependencyTests
{
    [Theory]
    [InlineData("IntacctMcp.Intacct", "Query")]
    [InlineData("IntacctMcp.Tools", "Modules.Payables")]
    [InlineData("IntacctMcp.Server", "Hosting")]
    [InlineData("IntacctMcp.Sandbox", "Api")]
    public void Folders_ImportEachOtherWithoutCircles(string project, string knownFolder)
    {
        var graph = FolderGraph.Read(project);

        var circle = FolderGraph.FindCircle(graph);

        Assert.True(circle is null, $"{project}: folders import each other in a circle: {string.Join(" -> ", circle ?? [])}");

        // A graph read from the wrong place (or none) has no circle either; a folder known to exist proves it was read.
        Assert.Contains(knownFolder, graph.Keys);
    }

    [Fact]
    public void SandboxGateway_SitsAboveTheFoldersItDispatchesTo()
    {
        // The shape the circle was broken into: the gateway uses the handlers' folders, never the other way round.
        var graph = FolderGraph.Read("IntacctMcp.Sandbox");

        Assert.Superset(new HashSet<string>(["Auth", "Writes", "Query", "Reports", "Requests", "Responses", "Limits"]), graph["Api"]);
        Assert.All(new[] { "Auth", "Writes", "Query", "Reports", "Requests", "Responses" }, folder => Assert.DoesNotContain("Api", graph[folder]));
        Assert.Empty(graph["Responses"]);
    }

    [Fact]
    public void Modules_NeverUseAnotherModule()
    {
        var graph = FolderGraph.Read("IntacctMcp.Tools");

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

        Assert.Equal(["Catalog", "Toolsets", "Policy", "Catalog"], FolderGraph.FindCircle(graph));
        graph["Policy"].Clear();
        Assert.Null(FolderGraph.FindCircle(graph));
    }

    [Fact]
    public void NodeOf_CountsEachModuleAsOneNode()
    {
        Assert.Equal("Modules.Payables", FolderGraph.NodeOf("IntacctMcp.Tools.", "IntacctMcp.Tools.Modules.Payables.Sub"));
        Assert.Equal("Results", FolderGraph.NodeOf("IntacctMcp.Tools.", "IntacctMcp.Tools.Results.Schemas"));
        Assert.Null(FolderGraph.NodeOf("IntacctMcp.Tools.", "IntacctMcp.Tools"));
        Assert.Null(FolderGraph.NodeOf("IntacctMcp.Tools.", "IntacctMcp.Intacct.Query"));
        Assert.Equal("Api", FolderGraph.NodeOf("IntacctMcp.Sandbox.", "IntacctMcp.Sandbox.Api"));
    }
}
