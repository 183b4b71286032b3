using System.Security.Claims;
using System.Text.Json;
using IntacctMcp.Intacct;
using IntacctMcp.Tools.Catalog;
using Microsoft.Extensions.Options;

namespace IntacctMcp.Tools.Policy;

/// <summary>
/// Decides which tools are offered and whether a call may run: toolsets, <c>ReadOnly</c> (wins), <c>AllowWrites</c>,
/// and, for authenticated (HTTP) callers, their scopes and companies.
/// </summary>
internal sealed class ToolPolicy(IOptions<IntacctToolsOptions> options, IServiceProvider services)
{
    private readonly IntacctToolsOptions _options = options.Value;

    /// <summary>Gets whether the server offers a tool at all (before looking at the caller).</summary>
    /// <param name="tool">The tool.</param>
    /// <returns><see langword="true"/> when its toolset is selected and, for a write tool, writes are on and the server is not read-only.</returns>
    public bool IsOffered(ToolDescriptor tool) =>
        IsToolsetSelected(tool.Toolset) && (tool.WriteKind != ToolWriteKind.Write || WritesEnabled);

    /// <summary>Gets whether tools/list shows a tool to a caller.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="user">The caller, when an HTTP host authenticated one.</param>
    /// <returns>Whether it is listed.</returns>
    public bool IsListed(ToolDescriptor tool, ClaimsPrincipal? user)
    {
        if (!IsOffered(tool))
        {
            return false;
        }

        if (!IsAuthenticated(user))
        {
            return true;
        }

        var scopes = Scopes(user!);
        return tool.WriteKind switch
        {
            ToolWriteKind.Write => scopes.Contains(IntacctClaims.WriteScope),
            ToolWriteKind.DependsOnMethod => scopes.Contains(IntacctClaims.ReadScope) || scopes.Contains(IntacctClaims.WriteScope),
            _ => scopes.Contains(IntacctClaims.ReadScope),
        };
    }

    /// <summary>Checks a call against the policy.</summary>
    /// <param name="tool">The tool.</param>
    /// <param name="user">The caller, when an HTTP host authenticated one.</param>
    /// <param name="arguments">The call's arguments.</param>
    /// <returns><see langword="null"/> when allowed, else the refusal: what is missing and how to get it.</returns>
    public string? Authorize(ToolDescriptor tool, ClaimsPrincipal? user, IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        if (!IsToolsetSelected(tool.Toolset))
        {
            return $"Tool '{tool.Name}' is not enabled: its toolset '{tool.Toolset}' is not selected. The administrator can add it with --toolsets {tool.Toolset} (or Tools:Toolsets).";
        }

        var isWrite = tool.WriteKind switch
        {
            ToolWriteKind.Write => true,
            ToolWriteKind.DependsOnMethod => RawRequestClassifier.IsWrite(GetString(arguments, "method"), GetString(arguments, "path")),
            _ => false,
        };

        if (isWrite && _options.ReadOnly)
        {
            return $"Refused: '{tool.Name}' would change the books and this server runs read-only (--read-only). Writes need a server started without --read-only and with --allow-writes.";
        }

        if (isWrite && !_options.AllowWrites)
        {
            return $"Refused: '{tool.Name}' would change the books and writes are disabled on this server. The administrator can enable them with --allow-writes (or Tools:AllowWrites=true).";
        }

        if (!IsAuthenticated(user))
        {
            return null;
        }

        var needed = isWrite ? IntacctClaims.WriteScope : IntacctClaims.ReadScope;
        if (!Scopes(user!).Contains(needed))
        {
            return $"Refused: your credentials lack the scope '{needed}' that '{tool.Name}' needs{(isWrite ? " (it writes)" : string.Empty)}. Ask the server's administrator for a token or API key with scope '{needed}'.";
        }

        var company = GetString(arguments, "company") ?? DefaultCompany();
        if (company is not null && !IsCompanyAllowed(user!, company))
        {
            var allowed = Companies(user!);
            var list = allowed.Count == 0 ? "none" : string.Join(", ", allowed);
            return $"Refused: your credentials do not allow company '{company}' (allowed: {list}). Ask the administrator for a token whose '{IntacctClaims.CompanyClaimType}' claim includes '{company}', or name an allowed company with the 'company' argument.";
        }

        return null;
    }

    /// <summary>Gets whether a caller may use a company.</summary>
    /// <param name="user">The caller.</param>
    /// <param name="company">The configured company name.</param>
    /// <returns>Always <see langword="true"/> for unauthenticated callers.</returns>
    public static bool IsCompanyAllowed(ClaimsPrincipal? user, string company)
    {
        if (!IsAuthenticated(user))
        {
            return true;
        }

        var allowed = Companies(user!);
        return allowed.Contains(IntacctClaims.AllCompanies) || allowed.Contains(company);
    }

    /// <summary>Gets whether a caller may read Sage data: always without authentication, else with the read scope.</summary>
    /// <param name="user">The caller.</param>
    /// <returns>Whether reads are allowed.</returns>
    public static bool MayRead(ClaimsPrincipal? user) => !IsAuthenticated(user) || Scopes(user!).Contains(IntacctClaims.ReadScope);

    private bool WritesEnabled => _options.AllowWrites && !_options.ReadOnly;

    /// <summary>Gets whether the administrator selected a toolset (<c>Tools:Toolsets</c>; empty or <c>all</c> selects every one).</summary>
    /// <param name="toolset">The toolset name.</param>
    /// <returns>Whether its tools may be offered.</returns>
    public bool IsToolsetSelected(string toolset) =>
        _options.Toolsets.Count == 0
        || _options.Toolsets.Any(s => string.Equals(s.Trim(), toolset, StringComparison.OrdinalIgnoreCase) || string.Equals(s.Trim(), "all", StringComparison.OrdinalIgnoreCase));

    private string? DefaultCompany()
    {
        // The client provider is registered by the host (AddIntacctClient); without it there is no default to check.
        var provider = services.GetService(typeof(IIntacctClientProvider)) as IIntacctClientProvider;
        return provider?.DefaultCompany;
    }

    private static bool IsAuthenticated(ClaimsPrincipal? user) => user?.Identity?.IsAuthenticated == true;

    private static HashSet<string> Scopes(ClaimsPrincipal user) =>
        new(
            user.FindAll(IntacctClaims.ScopeClaimType).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            StringComparer.Ordinal);

    private static HashSet<string> Companies(ClaimsPrincipal user) =>
        new(
            user.FindAll(IntacctClaims.CompanyClaimType).SelectMany(c => c.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
            StringComparer.OrdinalIgnoreCase);

    private static string? GetString(IReadOnlyDictionary<string, JsonElement>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()!.Trim()
            : null;
}
