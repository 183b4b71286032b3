namespace IntacctMcp.Sandbox.Responses;

/// <summary>One entry of an error's <c>details</c>, naming the field at fault in <see cref="Target"/>.</summary>
internal sealed record SageErrorDetail(string Code, string Message, string ErrorId, string? Target);
