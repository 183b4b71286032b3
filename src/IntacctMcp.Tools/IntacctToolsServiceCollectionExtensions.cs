using IntacctMcp.Tools;
using IntacctMcp.Tools.Catalog;
using IntacctMcp.Tools.Completions;
using IntacctMcp.Tools.Confirmation;
using IntacctMcp.Tools.Dynamic;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.FreeText;
using IntacctMcp.Tools.Periods;
using IntacctMcp.Tools.Policy;
using IntacctMcp.Tools.Primitives;
using IntacctMcp.Tools.Prompts;
using IntacctMcp.Tools.References;
using IntacctMcp.Tools.Resources;
using IntacctMcp.Tools.Writes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Sage Intacct tools on an MCP server.</summary>
public static class IntacctToolsServiceCollectionExtensions
{
    /// <summary>
    /// Registers every Intacct tool plus the list-tools and call-tool filters that enforce the policy: selected toolsets,
    /// <c>ReadOnly</c> (wins), writes hidden and refused unless <c>AllowWrites</c>, and for authenticated (HTTP) callers
    /// the <c>scope</c> and <c>intacct_company</c> claims; in dynamic mode (<c>DynamicToolsets</c>) the toolsets each session
    /// enabled, with <c>list_toolsets</c> and <c>enable_toolset</c>; then the free-text review of every result (<c>FreeText</c>). Also
    /// registers the finance prompts, the <c>intacct://</c> resources and <c>completion/complete</c>. The policy is read from <see cref="IntacctToolsOptions"/> at
    /// list/call time, so one registration serves every configuration.
    /// </summary>
    /// <param name="builder">The MCP server builder.</param>
    /// <param name="configure">Applied after configuration binding (e.g. from command-line switches).</param>
    /// <returns>The builder.</returns>
    /// <remarks>The host registers the Intacct client (<c>AddIntacctClient</c>) and may bind the <c>Tools</c> section.</remarks>
    public static IMcpServerBuilder WithIntacctTools(this IMcpServerBuilder builder, Action<IntacctToolsOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddOptions<IntacctToolsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<IntacctToolsOptions>, IntacctToolsOptionsValidator>());
        if (configure is not null)
        {
            // PostConfigure runs after every Configure, so switches win over the bound "Tools" section whatever the order.
            services.PostConfigure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ToolPolicy>();
        services.TryAddSingleton<DynamicToolsets>();
        // The discovery tools list tool names by design and read nothing from Sage: free text leaves them alone.
        services.TryAddSingleton(new FreeTextExemptions([DynamicToolsets.ListToolName, DynamicToolsets.EnableToolName]));
        services.TryAddSingleton<ToolRunner>();
        services.TryAddSingleton<PeriodResolver>();
        services.TryAddSingleton<ReferenceDataCache>();
        services.TryAddSingleton<RecentWrites>();

        // Confirmation tokens live 5 minutes in one process, so ephemeral keys do when the host registers no key ring;
        // a host that must accept tokens across replicas registers a shared IDataProtectionProvider first (issue 22).
        services.TryAddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        services.TryAddSingleton<ConfirmationTokens>();
        services.TryAddSingleton<WriteConfirmation>();
        services.TryAddSingleton<WriteExecutor>();
        services.TryAddSingleton<DocumentWriter>();
        services.TryAddSingleton<JournalEntryWriter>();
        services.TryAddSingleton<CompanyCalls>();
        services.TryAddSingleton<PromptPlans>();
        services.TryAddSingleton<CompletionSources>();

        foreach (var descriptor in ToolCatalog.ByName.Values)
        {
            services.AddSingleton(sp => CompactTool.Create(descriptor, sp));
        }

        // Always registered; the dynamic filters list and run them only in dynamic mode (options are read per request).
        foreach (var method in DynamicToolsets.ToolMethods)
        {
            services.AddSingleton(sp => CompactTool.Create(method, sp));
        }

        // The finance prompts, the reference-data resources and completions for both; none is in tools/list.
        builder.WithPrompts<FinancePrompts>().WithResources<IntacctResources>().WithCompleteHandler(CompletionHandler.HandleAsync);

        builder.WithRequestFilters(filters =>
        {
            filters.AddListToolsFilter(ToolPolicyFilters.ListTools);
            filters.AddListToolsFilter(DynamicToolsetFilters.ListTools);
            filters.AddListToolsFilter(ConfirmationFilters.ListTools);

            // Outermost: the token leaves the arguments before the policy checks them against the schema.
            filters.AddCallToolFilter(ConfirmationFilters.CallTool);
            filters.AddCallToolFilter(ToolPolicyFilters.CallTool);
            filters.AddCallToolFilter(DynamicToolsetFilters.CallTool);
            filters.AddCallToolFilter(FreeTextFilters.CallTool);
        });
        return builder;
    }
}
