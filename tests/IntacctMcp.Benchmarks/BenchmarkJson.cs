using System.Text.Json;

namespace IntacctMcp.Benchmarks;

/// <summary>How the report is written: indented camelCase, NaN allowed for ratios without a baseline.</summary>
internal static class BenchmarkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };
}
