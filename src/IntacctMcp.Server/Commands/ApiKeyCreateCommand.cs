using System.Text.Json;
using System.Text.Json.Nodes;
using IntacctMcp.Server.Auth;
using IntacctMcp.Server.Cli;
using IntacctMcp.Tools.Policy;

namespace IntacctMcp.Server.Commands;

/// <summary><c>intacct-mcp apikey create</c>: prints a new key once, and the configuration entry (hash only).</summary>
internal static class ApiKeyCreateCommand
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Runs the command.</summary>
    /// <returns>The exit code.</returns>
    /// <exception cref="CommandLineException">A required option is missing or a scope is unknown.</exception>
    public static int Run(ParsedCommandLine commandLine, TextWriter output, TextWriter error)
    {
        var name = commandLine.GetOption("name");
        var scopesText = commandLine.GetOption("scopes");
        if (string.IsNullOrWhiteSpace(name) || string.IsNullOrWhiteSpace(scopesText))
        {
            throw new CommandLineException("Usage: intacct-mcp apikey create --name NAME --scopes read[,write] [--companies a,b]");
        }

        var scopes = CommandLineParser.SplitList(scopesText)
            .Select(s => IntacctScopes.Normalize(s) is null ? throw new CommandLineException($"Unknown scope '{s}'; use read and/or write.") : s.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var companies = commandLine.GetOption("companies") is { } list ? CommandLineParser.SplitList(list) : [IntacctClaims.AllCompanies];

        var key = ApiKeys.Create();
        var entry = new JsonObject
        {
            ["Name"] = name.Trim(),
            ["Sha256"] = ApiKeys.Hash(key),
            ["Scopes"] = new JsonArray([.. scopes.Select(s => (JsonNode?)s)]),
            ["Companies"] = new JsonArray([.. companies.Select(c => (JsonNode?)c)]),
        };

        // The key alone on the first line of stdout, so scripts can take it; the explanation goes to stderr.
        output.WriteLine(key);
        output.WriteLine(entry.ToJsonString(Indented));
        error.WriteLine($"The key above is shown once: store it now. Add the JSON entry to the \"Http:ApiKeys\" list of the server's configuration; clients send 'Authorization: Bearer {ApiKeys.Prefix}…'.");
        return 0;
    }
}
