using IntacctMcp.Intacct.Auth;
using IntacctMcp.Intacct.Configuration;
using IntacctMcp.Server.Cli;
using IntacctMcp.Server.Configuration;
using IntacctMcp.Server.Credentials;
using IntacctMcp.Server.Replicas;
using IntacctMcp.Server.SignIn;

namespace IntacctMcp.Server.Commands;

/// <summary>What <c>login</c> and <c>logout</c> act on: the company, its options as the server sees them, and the store of its sign-in.</summary>
/// <param name="Company">The <c>--company</c> name.</param>
/// <param name="Options">The company's options.</param>
/// <param name="Store">The sign-in's store: the home's, with Redis in front when replicas share state.</param>
/// <param name="StoredIn">Where a sign-in is kept, in words.</param>
internal sealed record SignInCommandTarget(string Company, IntacctCompanyOptions Options, IIntacctTokenStore Store, string StoredIn)
{
    /// <summary>Resolves the target from the command line, or writes the one-line usage error.</summary>
    /// <param name="commandLine">The parsed command line.</param>
    /// <param name="command">The command's name, for the error line.</param>
    /// <param name="companyPurpose">What <c>--company</c> names, for the error when it is missing.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The target, or <see langword="null"/> after a usage error was written.</returns>
    /// <exception cref="ServerConfigurationException">A <c>Redis</c> setting is wrong, or Redis cannot be reached.</exception>
    public static async Task<SignInCommandTarget?> ResolveAsync(ParsedCommandLine commandLine, string command, string companyPurpose, TextWriter error)
    {
        var company = commandLine.GetOption("company");
        if (string.IsNullOrWhiteSpace(company))
        {
            await error.WriteLineAsync($"intacct-mcp {command}: --company NAME is required: {companyPurpose}.");
            return null;
        }

        var configuration = ServerConfiguration.Build(commandLine);
        IntacctCompanyOptions options;
        try
        {
            options = SignInTarget.Resolve(configuration, company, commandLine.GetOption("client-id"), commandLine.GetOption("base-url"));
        }
        catch (SignInException e)
        {
            await error.WriteLineAsync($"intacct-mcp {command}: {e.Message}");
            return null;
        }

        var home = IntacctMcpHome.Resolve(configuration);
        var store = ReplicaTokenStores.ForCommand(configuration, DataProtectionTokenStore.ForCommand(home));
        var storedIn = ReplicaTokenStores.IsShared(configuration) ? $"{home.TokensDirectory} and in Redis for every replica" : home.TokensDirectory;
        return new SignInCommandTarget(company, options, store, storedIn);
    }
}
