using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace IntacctMcp.Server.Tests.Reliability.Finale;

/// <summary>Runs the finale's tests in <see cref="StepAttribute"/> order.</summary>
public sealed class StepOrderer : ITestCaseOrderer
{
    public IReadOnlyCollection<TTestCase> OrderTestCases<TTestCase>(IReadOnlyCollection<TTestCase> testCases)
        where TTestCase : notnull, ITestCase =>
        [.. testCases.OrderBy(c => (c as IXunitTestCase)?.TestMethod.Method.GetCustomAttribute<StepAttribute>()?.Order ?? int.MaxValue)];
}
