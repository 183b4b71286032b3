namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>Bad-input cases of one data file.</summary>
/// <param name="File">The case file.</param>
/// <param name="Tried">Cases run.</param>
/// <param name="ClearErrors">Cases answered with the expected, named error.</param>
/// <param name="Crashes">Cases after which the server did not answer or had exited (must be 0).</param>
/// <param name="ReachedSage">Cases that sent more to the sandbox than allowed (must be 0).</param>
internal sealed record BadInputTally(string File, int Tried, int ClearErrors, int Crashes, int ReachedSage);
