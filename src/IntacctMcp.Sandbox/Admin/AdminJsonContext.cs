using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntacctMcp.Sandbox.Admin;

/// <summary>Source-generated JSON for the admin endpoint (camelCase, as the Web defaults).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SandboxFaults))]
[JsonSerializable(typeof(SandboxCounters))]
[JsonSerializable(typeof(AdminMessage))]
[JsonSerializable(typeof(SandboxPlantedText))]
internal sealed partial class AdminJsonContext : JsonSerializerContext;
