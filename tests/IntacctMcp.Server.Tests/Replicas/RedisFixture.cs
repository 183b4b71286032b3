using IntacctMcp.Benchmarks;
using Xunit;

namespace IntacctMcp.Server.Tests.Replicas;

/// <summary>One real <c>redis-server</c> on a free loopback port and a key-ring certificate, shared by a test class.</summary>
/// <remarks>Each test takes its own <see cref="NewPrefix"/>, so tests never see each other's keys.</remarks>
public sealed class RedisFixture : IAsyncLifetime
{
    private const string CertificatePassword = "test-key-ring";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("intacct-mcp-redis-");
    private RedisServerProcess? _redis;

    /// <summary>Gets the running Redis.</summary>
    public RedisServerProcess Redis => _redis ?? throw new InvalidOperationException("Redis is not started.");

    /// <summary>Gets the PFX for <c>Redis:KeyRingCertificate</c>.</summary>
    public string Certificate { get; private set; } = string.Empty;

    /// <summary>Gets a folder this fixture deletes at the end.</summary>
    public string Folder => _folder.FullName;

    /// <summary>A key prefix of one's own.</summary>
    /// <returns>The prefix.</returns>
    public static string NewPrefix() => "test-" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The settings that turn sharing on.</summary>
    /// <param name="prefix">The deployment's prefix.</param>
    /// <param name="replicas">The replicas sharing the budget.</param>
    /// <returns>The settings.</returns>
    public Dictionary<string, string?> Settings(string prefix, int replicas) => new()
    {
        ["Redis:Configuration"] = Redis.Endpoint,
        ["Redis:KeyPrefix"] = prefix,
        ["Redis:Replicas"] = replicas.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Redis:KeyRingCertificate"] = Certificate,
        ["Redis:KeyRingCertificatePassword"] = CertificatePassword,
    };

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        _redis = await RedisServerProcess.StartAsync(TestContext.Current.CancellationToken);
        Certificate = KeyRingCertificateFile.Create(_folder.FullName, CertificatePassword);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        _folder.Delete(recursive: true);
    }
}
