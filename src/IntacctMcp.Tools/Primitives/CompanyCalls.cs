using System.Security.Claims;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Policy;
using Microsoft.Extensions.Options;
using ModelContextProtocol;

namespace IntacctMcp.Tools.Primitives;

/// <summary>
/// Opens a <see cref="ToolCall"/> for the prompts, resources and completions, which run outside a tool call: the company
/// (named or the default) checked against the configuration and, for an authenticated (HTTP) caller, its
/// <c>intacct_company</c> and <c>intacct:read</c> claims, as the tools' policy does.
/// </summary>
internal sealed class CompanyCalls(IIntacctClientProvider clients, IOptions<IntacctToolsOptions> options)
{
    /// <summary>Gets the configured company names the caller may use.</summary>
    /// <param name="user">The caller, when an HTTP host authenticated one.</param>
    /// <returns>The names, in configuration order.</returns>
    public IReadOnlyList<string> Allowed(ClaimsPrincipal? user) =>
        [.. clients.CompanyNames.Where(n => ToolPolicy.IsCompanyAllowed(user, n))];

    /// <summary>Gets the company's client provider (for company details).</summary>
    public IIntacctClientProvider Clients => clients;

    /// <summary>Finds the configured company a caller named, or the default.</summary>
    /// <param name="company">The <c>company</c> argument, or <see langword="null"/> for the default.</param>
    /// <param name="user">The caller.</param>
    /// <returns>The configured name, or <see langword="null"/> when it is unknown or not allowed to this caller.</returns>
    public string? Find(string? company, ClaimsPrincipal? user)
    {
        var wanted = string.IsNullOrWhiteSpace(company) ? clients.DefaultCompany : company.Trim();
        var name = clients.CompanyNames.FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
        return name is not null && ToolPolicy.IsCompanyAllowed(user, name) && ToolPolicy.MayRead(user) ? name : null;
    }

    /// <summary>Opens a call for a company, or throws an invalid-params error naming the argument and the accepted values.</summary>
    /// <param name="company">The <c>company</c> argument, or <see langword="null"/> for the default.</param>
    /// <param name="entity">The <c>entity</c> argument, or <see langword="null"/>.</param>
    /// <param name="user">The caller.</param>
    /// <param name="errorCode">The error code for an unknown company (<c>-32602</c> for prompts, <c>-32002</c> for resources).</param>
    /// <returns>The call.</returns>
    public ToolCall Open(string? company, string? entity, ClaimsPrincipal? user, McpErrorCode errorCode = McpErrorCode.InvalidParams)
    {
        RequireRead(user);
        if (Find(company, user) is not { } name)
        {
            var allowed = Allowed(user);
            var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
            var problem = string.IsNullOrWhiteSpace(company)
                ? "no company was named and there is no default company"
                : $"'{company.Trim()}' is not a configured company{(clients.CompanyNames.Contains(company.Trim(), StringComparer.OrdinalIgnoreCase) ? " you may use" : string.Empty)}";
            throw new McpProtocolException($"Invalid argument 'company': {problem}; use one of: {list}.", errorCode);
        }

        var client = clients.GetClient(name);
        var request = new IntacctRequestOptions { Entity = string.IsNullOrWhiteSpace(entity) ? null : entity.Trim() };
        return new ToolCall(client, client.Company.Name, request, options.Value);
    }

    /// <summary>Refuses a caller without the read scope, naming it.</summary>
    /// <param name="user">The caller.</param>
    public static void RequireRead(ClaimsPrincipal? user)
    {
        if (!ToolPolicy.MayRead(user))
        {
            throw new McpProtocolException($"Refused: your credentials lack the scope '{IntacctClaims.ReadScope}'. Ask the server's administrator for a token or API key with scope '{IntacctClaims.ReadScope}'.", McpErrorCode.InvalidRequest);
        }
    }
}
