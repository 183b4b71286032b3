namespace IntacctMcp.Samples.Client;

/// <summary>Finds the server project of this checkout, wherever the sample runs from.</summary>
internal static class RepositoryPaths
{
    /// <summary>Gets the path of <c>src/IntacctMcp.Server</c> by walking up from the current and the program's folder.</summary>
    /// <returns>The folder of the server project.</returns>
    public static string ServerProject()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "src", "IntacctMcp.Server");
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException("Could not find src/IntacctMcp.Server above this folder; pass --server-dll path/to/intacct-mcp.dll.");
    }
}
