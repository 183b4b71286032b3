using System.Text.Json.Nodes;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Commands;
using Xunit;

namespace IntacctMcp.Server.Tests.Cli;

public sealed class ApiKeyCreateCommandTests
{
    [Fact]
    public void Run_NameAndScopes_PrintsKeyOnceAndMatchingEntry()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = ApiKeyCreateCommand.Run(CommandLineParser.Parse(["apikey", "create", "--name", "cursor", "--scopes", "read", "--companies", "acme"]), output, error);
        var lines = output.ToString().Split('\n', 2);
        var key = lines[0].Trim();
        var entry = JsonNode.Parse(lines[1])!;

        Assert.Equal(0, exitCode);
        Assert.StartsWith(ApiKeys.Prefix, key, StringComparison.Ordinal);
        Assert.Equal(ApiKeys.Hash(key), entry["Sha256"]!.GetValue<string>());
        Assert.Equal("cursor", entry["Name"]!.GetValue<string>());
        Assert.DoesNotContain(key, lines[1], StringComparison.Ordinal);
        var options = new ApiKeyOptions { Name = "cursor", Sha256 = entry["Sha256"]!.GetValue<string>() };
        options.Scopes.Add("read");
        Assert.Equal("cursor", new ApiKeyRegistry([options]).Find(key)?.Name);
    }

    [Fact]
    public void Run_UnknownScope_Throws()
    {
        using var writer = new StringWriter();

        Assert.Throws<CommandLineException>(() => ApiKeyCreateCommand.Run(CommandLineParser.Parse(["apikey", "create", "--name", "x", "--scopes", "admin"]), writer, writer));
    }

    [Fact]
    public void Create_TwoKeys_Differ()
    {
        Assert.NotEqual(ApiKeys.Create(), ApiKeys.Create());
    }
}
