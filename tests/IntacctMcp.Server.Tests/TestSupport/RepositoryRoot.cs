namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>The checkout the tests run from (the folder holding <c>IntacctMcp.sln</c>).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "IntacctMcp.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("IntacctMcp.sln was not found above the test output folder.");
    }
}
