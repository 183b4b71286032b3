using System.ComponentModel;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>
/// A pinned npm folder of these tests (<c>package.json</c> + <c>package-lock.json</c>, <c>node_modules</c> kept out of
/// git): installed with <c>npm ci</c> on first use; its programs run with Node from that folder.
/// </summary>
/// <param name="folder">The folder holding <c>package.json</c>.</param>
/// <param name="installed">A file (relative to the folder) that exists once the install is complete.</param>
internal sealed class NodePackage(string folder, string installed)
{
    private readonly SemaphoreSlim _installLock = new(1, 1);

    /// <summary>Gets the folder holding <c>package.json</c>.</summary>
    public string Folder { get; } = folder;

    /// <summary>Runs <c>npm ci</c> when the package is not installed yet.</summary>
    public async Task EnsureInstalledAsync()
    {
        await _installLock.WaitAsync(Xunit.TestContext.Current.CancellationToken);
        try
        {
            var marker = Path.Combine(Folder, installed);
            if (File.Exists(marker))
            {
                return;
            }

            var (exitCode, output, error) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0 || !File.Exists(marker))
            {
                throw new InvalidOperationException($"npm ci in {Folder} failed ({exitCode}):\n{output}\n{error}");
            }
        }
        finally
        {
            _installLock.Release();
        }
    }

    /// <summary>Runs <c>node</c>, <c>npm</c> or another Node tool in the folder.</summary>
    /// <param name="command">The command.</param>
    /// <param name="arguments">Its arguments.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="environment">More environment variables, if any.</param>
    /// <returns>The exit code and output.</returns>
    public async Task<(int ExitCode, string Output, string Error)> RunAsync(string command, IEnumerable<string> arguments, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var variables = new Dictionary<string, string?>(environment ?? new Dictionary<string, string?>()) { ["NO_COLOR"] = "1" };
        try
        {
            return await CommandRunner.RunAsync(command, arguments, timeout, variables, Folder);
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"These tests need Node.js 20 or later with npm on PATH ('{command}' could not be started: {ex.Message}). Install Node.js, then run the tests again.", ex);
        }
    }
}
