using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Idempotency;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>The hash a confirmation is bound to: SHA-256 of the call's arguments in canonical form (sorted names, normalised numbers).</summary>
internal static class ArgumentsHash
{
    /// <summary>Hashes a call's arguments.</summary>
    /// <param name="arguments">The arguments, without <c>confirmationToken</c>.</param>
    /// <returns>The lower-case hex hash.</returns>
    /// <remarks>Canonical form, so that the same arguments in another order or as <c>1250</c> instead of <c>1250.0</c> still match.</remarks>
    public static string Of(IDictionary<string, JsonElement>? arguments)
    {
        var node = new JsonObject();
        foreach (var (name, value) in arguments ?? new Dictionary<string, JsonElement>())
        {
            node[name] = JsonNode.Parse(value.GetRawText());
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(IntacctCanonicalJson.Write(node))));
    }
}
