using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Objects;

namespace IntacctMcp.Intacct;

/// <summary>The model service: <c>GET /services/core/model</c>, cached per company for <c>ModelCacheDuration</c>.</summary>
internal sealed partial class IntacctClient
{
    private const string ModelPath = "/services/core/model";

    /// <inheritdoc/>
    public async Task<JsonObject> GetModelAsync(string objectName, CancellationToken cancellationToken = default)
    {
        IntacctObjectPath.Split(objectName);
        var now = _runtime.Time.GetUtcNow();
        if (_runtime.Models.TryGetValue(objectName, out var cached) && now < cached.ExpiresAt)
        {
            return (JsonObject)cached.Model.DeepClone();
        }

        var call = new IntacctCall(HttpMethod.Get, ModelPath) { Query = [new("name", objectName)] };
        var response = await SendCoreAsync(call, cancellationToken);
        if (IntacctJson.Result(response.Body) is not JsonObject model)
        {
            throw UnexpectedShape("GET", ModelPath);
        }

        _runtime.Models[objectName] = ((JsonObject)model.DeepClone(), _runtime.Time.GetUtcNow() + _runtime.Options.ModelCacheDuration);
        return (JsonObject)model.DeepClone();
    }
}
