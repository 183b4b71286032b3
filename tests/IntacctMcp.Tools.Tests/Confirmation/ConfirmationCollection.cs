using Xunit;

namespace IntacctMcp.Tools.Tests.Confirmation;

/// <summary>The confirmation test classes share one sandbox and its two servers, and run one after another (they set the user's answer).</summary>
[CollectionDefinition(Name)]
public sealed class ConfirmationCollection : ICollectionFixture<ConfirmationFixture>
{
    public const string Name = "confirmation";
}
