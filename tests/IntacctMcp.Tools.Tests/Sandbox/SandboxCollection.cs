using Xunit;

namespace IntacctMcp.Tools.Tests.Sandbox;

/// <summary>The sandbox test classes share one sandbox and run one after another (some arm faults on it).</summary>
[CollectionDefinition(Name)]
public sealed class SandboxCollection : ICollectionFixture<SandboxFixture>
{
    public const string Name = "sandbox";
}
