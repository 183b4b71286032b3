namespace IntacctMcp.Intacct.Errors;

/// <summary>One entry of Sage's <c>ia::error.details</c>.</summary>
/// <param name="Code">Sage's code.</param>
/// <param name="Message">Sage's message, verbatim.</param>
/// <param name="ErrorId">Sage's error ID (e.g. <c>REST-1028</c>).</param>
/// <param name="Target">The field that caused it, e.g. <c>lines[0].glAccount</c>.</param>
public sealed record IntacctErrorDetail(string? Code, string? Message, string? ErrorId, string? Target);
