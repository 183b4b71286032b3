using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using IntacctMcp.Intacct.Errors;
using IntacctMcp.Intacct.Objects;
using IntacctMcp.Intacct.Query;

namespace IntacctMcp.Intacct;

/// <summary>The query service: <c>POST /services/core/query</c>.</summary>
internal sealed partial class IntacctClient
{
    private const string QueryPath = "/services/core/query";
    private const int DefaultQueryPageSize = 100;

    /// <inheritdoc/>
    public async Task<IntacctPage<JsonObject>> QueryAsync(IntacctQuery query, IntacctRequestOptions? options = null, CancellationToken cancellationToken = default)
    {
        Validate(query);
        var call = new IntacctCall(HttpMethod.Post, QueryPath) { Body = query.ToJson(), Entity = EntityFor(options) };
        var response = await SendCoreAsync(call, cancellationToken);
        var rows = IntacctJson.Result(response.Body) switch
        {
            JsonArray array => array.OfType<JsonObject>().Select(o => (JsonObject)o.DeepClone()).ToList(),
            null => [],
            _ => throw UnexpectedShape("POST", QueryPath),
        };
        return new IntacctPage<JsonObject>(rows, IntacctJson.Meta(response.Body));
    }

    /// <inheritdoc/>
    public async IAsyncEnumerable<JsonObject> QueryAllAsync(IntacctQuery query, int maxRows = 10_000, IntacctRequestOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (maxRows < 1)
        {
            throw new IntacctRequestRefusedException("maxRows must be 1 or more. Nothing was sent.");
        }

        var page = query with { Start = query.Start ?? 1, Size = query.Size ?? Math.Min(DefaultQueryPageSize, maxRows) };
        var returned = 0;
        while (true)
        {
            var result = await QueryAsync(page, options, cancellationToken);
            foreach (var row in result.Items)
            {
                yield return row;
                if (++returned >= maxRows)
                {
                    yield break;
                }
            }

            // Sage evaluates each page independently; a "next" that does not move forward would loop forever.
            if (result.Items.Count == 0 || result.Meta.Next is not { } next || next <= page.Start)
            {
                yield break;
            }

            page = page with { Start = next };
        }
    }

    private static void Validate(IntacctQuery query)
    {
        if (string.IsNullOrWhiteSpace(query.Object))
        {
            throw new IntacctRequestRefusedException("A query needs an object, e.g. accounts-payable/bill. Nothing was sent.");
        }

        IntacctObjectPath.Split(query.Object);
        if (query.Fields.Count == 0 || query.Fields.Any(string.IsNullOrWhiteSpace) || query.Fields.Any(f => f.Trim() == "*"))
        {
            throw new IntacctRequestRefusedException("A query needs a list of fields (the * wildcard is not allowed), e.g. [\"key\", \"id\"]. Nothing was sent.");
        }

        if (query.Size is < 1 or > IntacctQuery.MaxSize)
        {
            throw new IntacctRequestRefusedException($"A query's size must be 1 to {IntacctQuery.MaxSize}; it was {query.Size}. Page with start instead. Nothing was sent.");
        }

        if (query.Start is < 1)
        {
            throw new IntacctRequestRefusedException($"A query's start is 1-based; it was {query.Start}. Nothing was sent.");
        }

        foreach (var filter in query.Filters)
        {
            if (string.IsNullOrWhiteSpace(filter.Field))
            {
                throw new IntacctRequestRefusedException("A query filter has no field. Nothing was sent.");
            }

            var isArray = filter.Value is JsonArray;
            if (IntacctFilterOperators.TakesArray(filter.Operator) != isArray)
            {
                throw new IntacctRequestRefusedException($"The filter {IntacctFilterOperators.ToWire(filter.Operator)} on {filter.Field} {(isArray ? "takes a single value, not an array" : "takes an array value")}. Nothing was sent.");
            }

            if (filter.Operator is IntacctFilterOperator.Between or IntacctFilterOperator.NotBetween && filter.Value is JsonArray { Count: not 2 })
            {
                throw new IntacctRequestRefusedException($"The filter {IntacctFilterOperators.ToWire(filter.Operator)} on {filter.Field} takes exactly two values [from, to]. Nothing was sent.");
            }
        }
    }
}
