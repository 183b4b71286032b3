using IntacctMcp.Sandbox.Requests;
using IntacctMcp.Sandbox.Responses;

namespace IntacctMcp.Sandbox.Api;

/// <summary>A matched route: its counter key (e.g. <c>GET /objects/accounts-payable/bill/{key}</c>) and handler.</summary>
internal sealed record ApiRoute(string Key, Func<ApiRequest, ApiResponse> Handler, bool IsWrite, bool IgnoresEntity = false);
