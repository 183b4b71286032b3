using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Requests;

/// <summary>Parses request bodies, answering malformed JSON as Sage does (400 invalidRequest).</summary>
internal static class BodyJson
{
    public static bool TryParse(byte[] body, out JsonNode? node, out SageError? error)
    {
        node = null;
        error = null;
        if (body.Length == 0)
        {
            error = SageError.Invalid("The request body is empty; a JSON body is required.", null);
            return false;
        }

        try
        {
            node = JsonNode.Parse(body);
            return true;
        }
        catch (JsonException e)
        {
            error = SageError.Invalid($"The request body is not valid JSON: {e.Message}", null);
            return false;
        }
    }
}
