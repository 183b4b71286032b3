using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using Xunit;

namespace IntacctMcp.Server.Tests.Cli;

public sealed class ServerConfigurationTests
{
    [Fact]
    public void Build_ConfigFileAndCommandLine_CommandLineWins()
    {
        var file = Path.Combine(Path.GetTempPath(), $"intacct-mcp-test-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"Tools":{"ReadOnly":false},"Http":{"Urls":"http://127.0.0.1:5000","Stateful":true}}""");
        try
        {
            var configuration = ServerConfiguration.Build(CommandLineParser.Parse(["http", "--config", file, "--read-only"]));

            Assert.Equal("true", configuration["Tools:ReadOnly"]);
            Assert.Equal("http://127.0.0.1:5000", configuration["Http:Urls"]);
            Assert.Equal("True", configuration["Http:Stateful"]);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Build_MissingConfigFile_Throws()
    {
        Assert.Throws<CommandLineException>(() => ServerConfiguration.Build(CommandLineParser.Parse(["--config", "/no/such/file.json"])));
    }
}
