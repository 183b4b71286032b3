namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>One fault scenario and how its calls ended.</summary>
/// <param name="Fault">The fault injected, in words (e.g. "429 storm, 3 × Retry-After 1 s").</param>
/// <param name="Operation">"read" or "write".</param>
/// <param name="Outcomes">How many calls ended each way.</param>
internal sealed record FaultRecord(string Fault, string Operation, IReadOnlyDictionary<FaultOutcome, int> Outcomes);
