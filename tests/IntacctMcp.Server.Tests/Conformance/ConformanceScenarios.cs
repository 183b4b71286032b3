namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>
/// Every server scenario of <c>@modelcontextprotocol/conformance</c> 0.1.16, sorted into those that apply to this server
/// and those that test the suite's own demo server (its <c>test_*</c> tools, resources, prompts and completions).
/// </summary>
internal static class ConformanceScenarios
{
    private const string DemoTools = "calls the suite's demo tool (test_*); this server has only its Sage Intacct tools";

    /// <summary>Gets the scenarios that must pass, in stateless and in stateful mode.</summary>
    public static IReadOnlyList<string> Applicable { get; } =
    [
        "server-initialize",
        "logging-set-level",
        "ping",
        "tools-list",
        "server-sse-multiple-streams",
        "server-sse-polling",
        "dns-rebinding-protection",
    ];

    /// <summary>Gets the scenarios that do not apply, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotApplicable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["completion-complete"] = "asks for completions of the suite's demo prompt; this server offers no prompts and no completions",
        ["tools-call-simple-text"] = DemoTools,
        ["tools-call-image"] = DemoTools,
        ["tools-call-audio"] = DemoTools,
        ["tools-call-embedded-resource"] = DemoTools,
        ["tools-call-mixed-content"] = DemoTools,
        ["tools-call-with-logging"] = DemoTools,
        ["tools-call-error"] = DemoTools,
        ["tools-call-with-progress"] = DemoTools,
        ["tools-call-sampling"] = DemoTools,
        ["tools-call-elicitation"] = DemoTools,
        ["json-schema-2020-12"] = "looks for the suite's demo tool json_schema_2020_12_tool",
        ["elicitation-sep1034-defaults"] = DemoTools,
        ["elicitation-sep1330-enums"] = DemoTools,
        ["resources-list"] = "reads the suite's demo resources; this server offers no resources",
        ["resources-read-text"] = "reads the suite's demo resources; this server offers no resources",
        ["resources-read-binary"] = "reads the suite's demo resources; this server offers no resources",
        ["resources-templates-read"] = "reads the suite's demo resource templates; this server offers no resources",
        ["resources-subscribe"] = "subscribes to the suite's demo resources; this server offers no resources",
        ["resources-unsubscribe"] = "subscribes to the suite's demo resources; this server offers no resources",
        ["prompts-list"] = "lists the suite's demo prompts; this server offers no prompts",
        ["prompts-get-simple"] = "gets the suite's demo prompts; this server offers no prompts",
        ["prompts-get-with-args"] = "gets the suite's demo prompts; this server offers no prompts",
        ["prompts-get-embedded-resource"] = "gets the suite's demo prompts; this server offers no prompts",
        ["prompts-get-with-image"] = "gets the suite's demo prompts; this server offers no prompts",
    };
}
