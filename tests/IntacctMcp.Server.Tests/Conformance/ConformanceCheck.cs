namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>One check of a scenario, as the suite writes it to <c>checks.json</c>.</summary>
/// <param name="Id">The check's ID.</param>
/// <param name="Status">SUCCESS, FAILURE, WARNING or INFO.</param>
/// <param name="ErrorMessage">Why it did not succeed, if it did not.</param>
internal sealed record ConformanceCheck(string Id, string Status, string? ErrorMessage);
