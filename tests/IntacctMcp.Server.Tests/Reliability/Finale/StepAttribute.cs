namespace IntacctMcp.Server.Tests.Reliability.Finale;

/// <summary>The position of a finale test: load first, the figures last.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class StepAttribute(int order) : Attribute
{
    public int Order { get; } = order;
}
