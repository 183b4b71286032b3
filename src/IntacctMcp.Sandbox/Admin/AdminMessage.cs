namespace IntacctMcp.Sandbox.Admin;

/// <summary>An admin endpoint's error message.</summary>
internal sealed record AdminMessage(string Message);
