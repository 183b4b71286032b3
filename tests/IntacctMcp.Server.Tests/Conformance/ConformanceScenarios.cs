namespace IntacctMcp.Server.Tests.Conformance;

/// <summary>
/// Every server scenario of <c>@modelcontextprotocol/conformance</c> 0.1.16, sorted into those that apply to this server
/// and those that test the suite's own demo server (its <c>test_*</c> tools, resources, prompts and completions).
/// </summary>
internal static class ConformanceScenarios
{
    private const string DemoTools = "calls the suite's demo tool (test_*); this server has only its Sage Intacct tools";
    private const string DemoPrompts = "gets the suite's demo prompt (test_*); this server has only its finance prompts (month_end_review, ...), tested in EndToEnd/PrimitivesEndToEnd";
    private const string DemoResources = "reads the suite's demo resource (test://...); this server's resources are intacct://..., tested in EndToEnd/PrimitivesEndToEnd";
    private const string Subscriptions = "subscribes to the suite's demo resource test://static-text; this server offers no subscriptions (resources.subscribe is not declared; reference data has no change feed) and the SDK's default merely answers {}";

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

        // Issue 20: the structure of prompts/list, resources/list and completion/complete, whatever the content.
        "prompts-list",
        "resources-list",
        "completion-complete",
    ];

    /// <summary>Gets the scenarios that do not apply, each with the reason.</summary>
    public static IReadOnlyDictionary<string, string> NotApplicable { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
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
        ["resources-read-text"] = DemoResources,
        ["resources-read-binary"] = DemoResources,
        ["resources-templates-read"] = DemoResources,
        ["resources-subscribe"] = Subscriptions,
        ["resources-unsubscribe"] = Subscriptions,
        ["prompts-get-simple"] = DemoPrompts,
        ["prompts-get-with-args"] = DemoPrompts,
        ["prompts-get-embedded-resource"] = DemoPrompts,
        ["prompts-get-with-image"] = DemoPrompts,
    };
}
