using System.Globalization;
using System.Text.Json.Nodes;
using IntacctMcp.Sandbox.Tests.Support;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Query;

public sealed class QueryOperatorTests(DemoSandboxFixture fixture) : IClassFixture<DemoSandboxFixture>
{
    public static TheoryData<string, string, string> Operators => new()
    {
        { "$eq", "name", "\"Acme Maintenance\"" },
        { "$ne", "status", "\"active\"" },
        { "$lt", "creditLimit", "\"50000\"" },
        { "$lte", "creditLimit", "50000" },
        { "$gt", "creditLimit", "\"50000.00\"" },
        { "$gte", "creditLimit", "50000" },
        { "$in", "id", "[\"V1001\", \"V1004\", \"V1010\", \"V9999\"]" },
        { "$notIn", "id", "[\"V1001\", \"V1004\"]" },
        { "$between", "creditLimit", "[\"25000\", \"50000\"]" },
        { "$notBetween", "creditLimit", "[25000, 50000]" },
        { "$contains", "name", "\"Supply\"" },
        { "$notContains", "name", "\"Supply\"" },
        { "$has", "name", "\"Maintenance\"" },
        { "$startsWith", "name", "\"S\"" },
        { "$notStartsWith", "name", "\"S\"" },
        { "$endsWith", "name", "\"Services\"" },
        { "$notEndsWith", "name", "\"Services\"" },
    };

    [Theory]
    [MemberData(nameof(Operators))]
    public async Task Query_EachOperator_ReturnsExactlyTheMatchingVendors(string op, string field, string valueJson)
    {
        var value = JsonNode.Parse(valueJson);
        var vendors = fixture.Server.ExportObjects("accounts-payable/vendor");
        // creditLimit is a JSON number in Sage's spec; the other fields are strings.
        var expected = vendors.Where(v => Matches(op, v[field]!.ToString(), value!)).Select(v => v["id"]!.GetValue<string>()).Order().ToList();

        var result = await fixture.Client.QueryAsync(new JsonObject
        {
            ["object"] = "accounts-payable/vendor",
            ["fields"] = new JsonArray("id"),
            ["filters"] = new JsonArray(new JsonObject { [op] = new JsonObject { [field] = value } }),
            ["size"] = 4000,
        });

        Assert.Equal(System.Net.HttpStatusCode.OK, result.Status);
        var actual = result.Rows.Select(r => r!["id"]!.GetValue<string>()).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.NotEqual(vendors.Count, expected.Count);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Operators_CoverAllSeventeenOfTheReference()
    {
        Assert.Equal(17, Operators.Select(row => row.Data.Item1).Distinct().Count());
    }

    private static bool Matches(string op, string actual, JsonNode value)
    {
        decimal Number(JsonNode n) => decimal.Parse(n.ToString(), CultureInfo.InvariantCulture);
        string Text(JsonNode n) => n.GetValue<string>();
        var amount = decimal.TryParse(actual, NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : 0m;
        return op switch
        {
            "$eq" => actual == Text(value),
            "$ne" => actual != Text(value),
            "$lt" => amount < Number(value),
            "$lte" => amount <= Number(value),
            "$gt" => amount > Number(value),
            "$gte" => amount >= Number(value),
            "$in" => value.AsArray().Any(v => Text(v!) == actual),
            "$notIn" => value.AsArray().All(v => Text(v!) != actual),
            "$between" => amount >= Number(value[0]!) && amount <= Number(value[1]!),
            "$notBetween" => amount < Number(value[0]!) || amount > Number(value[1]!),
            "$contains" => actual.Contains(Text(value), StringComparison.Ordinal),
            "$notContains" => !actual.Contains(Text(value), StringComparison.Ordinal),
            "$has" => actual.Split(' ').Contains(Text(value)),
            "$startsWith" => actual.StartsWith(Text(value), StringComparison.Ordinal),
            "$notStartsWith" => !actual.StartsWith(Text(value), StringComparison.Ordinal),
            "$endsWith" => actual.EndsWith(Text(value), StringComparison.Ordinal),
            "$notEndsWith" => !actual.EndsWith(Text(value), StringComparison.Ordinal),
            _ => throw new ArgumentOutOfRangeException(nameof(op)),
        };
    }
}
