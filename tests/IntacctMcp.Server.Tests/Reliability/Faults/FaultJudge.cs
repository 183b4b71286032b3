using System.Text.Json.Nodes;
using IntacctMcp.Server.Tests.Reliability.Figures;
using IntacctMcp.Server.Tests.Reliability.Harness;

namespace IntacctMcp.Server.Tests.Reliability.Faults;

/// <summary>Classifies calls made under a fault and holds the shared arguments of the fault scenarios.</summary>
internal static class FaultJudge
{
    /// <summary>The bound on one call under a fault: far above the configured total timeout (10 s), far below a hang.</summary>
    public static readonly TimeSpan CallBound = TimeSpan.FromSeconds(45);

    /// <summary>Words that say "what to do" in a tool error.</summary>
    public static readonly string[] NextStepWords = ["next step", "try again", "retry", "check", "later", "run test_connection"];

    public static JsonObject ReadArguments() => new()
    {
        ["object"] = "accounts-payable/vendor",
        ["fields"] = new JsonArray("id", "name"),
        ["size"] = 5,
    };

    public static FaultOutcome Classify(ToolCallResult result, bool serverAlive, IReadOnlyList<string> causeWords)
    {
        if (!serverAlive)
        {
            return FaultOutcome.Crash;
        }

        if (!result.Completed)
        {
            return FaultOutcome.Hang;
        }

        if (!result.IsError)
        {
            return FaultOutcome.Recovered;
        }

        return ToolText.ContainsAny(result.Text, causeWords) && ToolText.ContainsAny(result.Text, NextStepWords)
            ? FaultOutcome.ClearError
            : FaultOutcome.UnclearError;
    }
}
