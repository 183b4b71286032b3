using System.Text.Json;
using IntacctMcp.Tools.Arguments;
using Xunit;

namespace IntacctMcp.Tools.Tests.Arguments;

public sealed class ArgumentSchemaValidatorTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object",
          "properties": {
            "object": { "type": "string" },
            "size": { "type": ["integer", "null"] },
            "amount": { "type": "number" },
            "openOnly": { "type": "boolean" },
            "fields": { "type": ["array", "null"], "items": { "type": "string" } },
            "body": {},
            "period": { "type": "string", "enum": ["Q1", "Q2"] }
          },
          "required": ["object"]
        }
        """).RootElement;

    [Fact]
    public void Validate_FittingArguments_ReturnsNull()
    {
        Assert.Null(new ArgumentSchemaValidator(Schema).Validate(Args("""{"object":"accounts-payable/bill","size":25,"amount":1250.5,"openOnly":true,"fields":["id"],"body":{"x":[1]},"period":"Q1"}""")));
    }

    [Theory]
    [InlineData("""{"size":25}""", "Missing required argument 'object': give a string.")]
    [InlineData("""{"object":null}""", "Argument 'object' must be a string; got null.")]
    [InlineData("""{"object":"x","size":"ten"}""", "Argument 'size' must be a whole number (or null); got a string \"ten\".")]
    [InlineData("""{"object":"x","size":2.5}""", "Argument 'size' must be a whole number (or null); got the number 2.5.")]
    [InlineData("""{"object":"x","openOnly":null}""", "Argument 'openOnly' must be true or false; got null.")]
    [InlineData("""{"object":"x","amount":"1250"}""", "Argument 'amount' must be a number")]
    [InlineData("""{"object":"x","amount":1e30}""", "Argument 'amount' is the number 1e30, out of range")]
    [InlineData("""{"object":"x","fields":"id,name"}""", "Argument 'fields' must be an array")]
    [InlineData("""{"object":"x","fields":["id",2]}""", "Argument 'fields' must be an array of a string; item 1 is the number 2.")]
    [InlineData("""{"object":"x","period":"Q5"}""", "Argument 'period' must be one of \"Q1\", \"Q2\"; got a string \"Q5\".")]
    [InlineData("""{"object":"x","limit":10}""", "Unknown argument 'limit'; accepted: object, size, amount, openOnly, fields, body, period.")]
    public void Validate_BadArgument_NamesItAndTheAcceptedForm(string arguments, string expected)
    {
        Assert.StartsWith(expected, new ArgumentSchemaValidator(Schema).Validate(Args(arguments)), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OversizedString_IsRefusedWithItsLength()
    {
        var huge = new string('a', ArgumentSchemaValidator.MaxStringLength + 1);

        var problem = new ArgumentSchemaValidator(Schema).Validate(Args($$"""{"object":"{{huge}}"}"""));

        Assert.Equal("Argument 'object' is 4,001 characters long; at most 4,000 are accepted.", problem);
    }

    [Fact]
    public void Validate_NoArgumentsForAToolWithoutParameters_ReturnsNull()
    {
        Assert.Null(new ArgumentSchemaValidator(JsonDocument.Parse("""{"type":"object"}""").RootElement).Validate(null));
    }

    private static Dictionary<string, JsonElement> Args(string json) =>
        JsonDocument.Parse(json).RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
}
