using Xunit;

namespace IntacctMcp.Server.Tests.Reliability.Finale;

/// <summary>
/// The load phases and the figures run alone, after every parallel collection: load must not starve the fault
/// tests' short timeouts, and the figures must come after everything else.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class FinaleCollection
{
    public const string Name = "Reliability finale";
}
