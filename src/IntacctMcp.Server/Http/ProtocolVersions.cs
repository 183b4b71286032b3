namespace IntacctMcp.Server.Http;

/// <summary>The protocol versions this endpoint serves (the SDK keeps its list internal).</summary>
internal static class ProtocolVersions
{
    /// <summary>The first per-request (session-less, initialize-less) revision.</summary>
    public const string FirstPerRequest = "2026-07-28";

    /// <summary>Gets the versions that use the initialize handshake.</summary>
    public static IReadOnlyList<string> InitializeEra { get; } = ["2024-11-05", "2025-03-26", "2025-06-18", "2025-11-25"];

    /// <summary>Gets every supported version.</summary>
    public static IReadOnlyList<string> All { get; } = [.. InitializeEra, FirstPerRequest];

    /// <summary>Gets whether a version is supported.</summary>
    public static bool IsSupported(string version) => All.Contains(version, StringComparer.Ordinal);

    /// <summary>Gets whether a version is of the per-request era (no initialize, no sessions).</summary>
    public static bool IsPerRequest(string? version) =>
        version is not null && string.CompareOrdinal(version, FirstPerRequest) >= 0;
}
