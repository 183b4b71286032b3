namespace IntacctMcp.Intacct.Errors;

/// <summary>Sage's error envelope, parsed from any of its three shapes (<c>ia::error</c> inside <c>ia::result</c>, at the top level, or <c>{"error":…}</c>).</summary>
/// <param name="Code">Sage's code (e.g. <c>invalidRequest</c>, <c>GW-0040</c>, <c>invalid_client</c>).</param>
/// <param name="Message">Sage's message, verbatim.</param>
/// <param name="ErrorId">Sage's error ID (e.g. <c>REST-1206</c>).</param>
/// <param name="SupportId">The ID Sage support asks for.</param>
/// <param name="Details">Field-level details.</param>
public sealed record IntacctApiError(string? Code, string? Message, string? ErrorId, string? SupportId, IReadOnlyList<IntacctErrorDetail> Details);
