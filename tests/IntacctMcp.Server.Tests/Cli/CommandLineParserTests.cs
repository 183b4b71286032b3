using IntacctMcp.Server.Cli;
using Xunit;

namespace IntacctMcp.Server.Tests.Cli;

public sealed class CommandLineParserTests
{
    [Fact]
    public void Parse_NoArguments_StdioServer()
    {
        var parsed = CommandLineParser.Parse([]);

        Assert.Equal(CommandNames.Stdio, parsed.Command);
        Assert.Empty(parsed.Settings);
    }

    [Fact]
    public void Parse_HttpWithEveryOption_MapsToConfigurationKeys()
    {
        var parsed = CommandLineParser.Parse(
            ["http", "--urls", "http://127.0.0.1:4000", "--sandbox", "--company", "acme", "--toolsets", "gl, ap", "--dynamic-toolsets", "--read-only",
             "--allow-writes=false", "--free-text", "omit", "--log-level", "warn", "--stateful", "--allow-unauthenticated", "--config", "extra.json"]);

        Assert.Equal(CommandNames.Http, parsed.Command);
        Assert.Equal("http://127.0.0.1:4000", parsed.Settings["Http:Urls"]);
        Assert.Equal("true", parsed.Settings["Server:Sandbox"]);
        Assert.Equal("acme", parsed.Settings["Intacct:DefaultCompany"]);
        Assert.Equal("gl", parsed.Settings["Tools:Toolsets:0"]);
        Assert.Equal("ap", parsed.Settings["Tools:Toolsets:1"]);
        Assert.Equal("true", parsed.Settings["Tools:DynamicToolsets"]);
        Assert.Equal("true", parsed.Settings["Tools:ReadOnly"]);
        Assert.Equal("false", parsed.Settings["Tools:AllowWrites"]);
        Assert.Equal("omit", parsed.Settings["Tools:FreeText"]);
        Assert.Equal("Warning", parsed.Settings["Serilog:MinimumLevel:Default"]);
        Assert.Equal("true", parsed.Settings["Http:Stateful"]);
        Assert.Equal("true", parsed.Settings["Http:AllowUnauthenticated"]);
        Assert.Equal(["extra.json"], parsed.ConfigFiles);
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("stdio", "--urls", "http://127.0.0.1:1")]
    [InlineData("frobnicate")]
    [InlineData("--company")]
    [InlineData("--log-level", "loud")]
    [InlineData("test-connection", "--read-only")]
    public void Parse_InvalidCommandLine_Throws(params string[] args)
    {
        Assert.Throws<CommandLineException>(() => CommandLineParser.Parse(args));
    }

    [Fact]
    public void Parse_HelpAnywhere_HelpCommand()
    {
        Assert.Equal(CommandNames.Help, CommandLineParser.Parse(["http", "--urls", "x", "--help"]).Command);
    }

    [Fact]
    public void Parse_ApiKeyCreate_CommandOptions()
    {
        var parsed = CommandLineParser.Parse(["apikey", "create", "--name", "cursor", "--scopes", "read,write", "--companies", "a,b"]);

        Assert.Equal(CommandNames.ApiKeyCreate, parsed.Command);
        Assert.Equal("cursor", parsed.GetOption("name"));
        Assert.Equal("read,write", parsed.GetOption("scopes"));
        Assert.Equal("a,b", parsed.GetOption("companies"));
    }
}
