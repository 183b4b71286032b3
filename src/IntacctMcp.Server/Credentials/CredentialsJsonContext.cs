using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntacctMcp.Server.Credentials;

/// <summary>Source-generated JSON for the store and token files.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CompanyStoreDocument))]
[JsonSerializable(typeof(TokenFile))]
[JsonSerializable(typeof(TokenPayload))]
internal sealed partial class CredentialsJsonContext : JsonSerializerContext;
