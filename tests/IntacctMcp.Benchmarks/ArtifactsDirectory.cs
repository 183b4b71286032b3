namespace IntacctMcp.Benchmarks;

/// <summary>Finds <c>artifacts/benchmarks</c> at the repository root (not committed), or beside the harness elsewhere.</summary>
internal static class ArtifactsDirectory
{
    public static string Benchmarks(string? requested = null)
    {
        var path = requested ?? Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, "artifacts", "benchmarks");
        Directory.CreateDirectory(path);
        return path;
    }

    public static string? RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "IntacctMcp.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
