using System.ComponentModel;
using System.Security.Claims;
using IntacctMcp.Tools.Policy;
using ModelContextProtocol.Server;

namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>Tools only the HTTP tests register: they show what reaches a tool.</summary>
[McpServerToolType]
internal sealed class TestTools
{
    [McpServerTool(Name = "echo", ReadOnly = true)]
    [Description("Returns the message.")]
    public static string Echo([Description("The message.")] string message) => message;

    [McpServerTool(Name = "whoami", ReadOnly = true)]
    [Description("Returns the caller's identity, scopes and companies.")]
    public static string WhoAmI(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated != true
            ? "anonymous"
            : string.Join(
                "|",
                user.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? user.FindFirst("sub")?.Value,
                string.Join(' ', user.FindAll(IntacctClaims.ScopeClaimType).Select(c => c.Value)),
                string.Join(',', user.FindAll(IntacctClaims.CompanyClaimType).Select(c => c.Value)));
}
