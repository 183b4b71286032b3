using IntacctMcp.Server.Credentials;

namespace IntacctMcp.Server.Tests.Credentials;

/// <summary>A store folder under the temp folder, deleted afterwards.</summary>
internal sealed class TempHome : IDisposable
{
    public TempHome()
    {
        Root = Path.Combine(Path.GetTempPath(), "intacct-mcp-tests", Guid.NewGuid().ToString("N"));
        Home = new IntacctMcpHome(Path.Combine(Root, "home"));
    }

    public string Root { get; }

    public IntacctMcpHome Home { get; }

    public string HomePath => Home.Path;

    public CredentialProtection NewProtection() => new(Home);

    public CompanyStore NewStore(TimeProvider? timeProvider = null) => new(NewProtection(), timeProvider ?? TimeProvider.System);

    /// <summary>Every byte of every file under the folder (to prove a secret is not there in plain text).</summary>
    public IEnumerable<(string File, byte[] Content)> AllFiles() =>
        Directory.Exists(Root)
            ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllBytes(f)))
            : [];

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
