using System.Diagnostics;
using System.Runtime.InteropServices;

namespace IntacctMcp.Benchmarks;

/// <summary>Publishes the server with ReadyToRun for this machine's runtime (as the tool package ships it) to measure start-up after.</summary>
internal static class ReadyToRunBuild
{
    /// <summary>Publishes into <paramref name="directory"/> and returns the dll, or <see langword="null"/> where the package has no ReadyToRun build.</summary>
    public static async Task<string?> PublishAsync(string directory, CancellationToken cancellationToken)
    {
        var runtime = RuntimeInformation.RuntimeIdentifier switch
        {
            var rid when rid.StartsWith("linux-x64", StringComparison.Ordinal) => "linux-x64",
            var rid when rid.StartsWith("win-x64", StringComparison.Ordinal) => "win-x64",
            _ => null,
        };
        var project = ArtifactsDirectory.RepositoryRoot() is { } root ? Path.Combine(root, "src", "IntacctMcp.Server", "IntacctMcp.Server.csproj") : null;
        if (runtime is null || project is null || !File.Exists(project))
        {
            return null;
        }

        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "publish", project, "-c", "Release", "-r", runtime, "--self-contained", "false", "-o", Path.Combine(directory, "out"), "--artifacts-path", Path.Combine(directory, "build") })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet publish.");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish -r {runtime} failed:\n{await output}\n{await error}");
        }

        return Path.Combine(directory, "out", "intacct-mcp.dll");
    }
}
