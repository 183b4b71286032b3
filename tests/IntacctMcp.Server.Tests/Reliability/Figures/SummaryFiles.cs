using System.Text.Json;
using System.Text.Json.Serialization;

namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>Writes the figures to <c>artifacts/reliability/summary.json</c> and <c>summary.md</c> at the repository root.</summary>
internal static class SummaryFiles
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>Writes both files.</summary>
    /// <returns>The folder written to.</returns>
    public static string Write(SummaryReport report)
    {
        var folder = Path.Combine(RepositoryRoot(), "artifacts", "reliability");
        Directory.CreateDirectory(folder);
        var document = new
        {
            figures = new
            {
                faultScenarios = report.Faults.Count,
                callsUnderFaults = report.FaultMatrix.Values.Sum(),
                duplicateWrites = report.DuplicateWrites,
                silentLossesAndPhantoms = report.SilentLosses,
                badInputTried = report.BadInputTried,
                badInputCrashes = report.BadInputCrashes,
                loadErrors = report.LoadErrors,
                secretsFound = report.Secrets?.Found,
            },
            report.FaultMatrix,
            report.Faults,
            report.Writes,
            report.BadInput,
            report.Load,
            report.Secrets,
        };
        File.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(document, Json));
        File.WriteAllText(Path.Combine(folder, "summary.md"), "# Reliability figures\n\n" + report.ToMarkdown());
        return folder;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IntacctMcp.sln")))
            {
                return dir.FullName;
            }
        }

        // Outside the repository (a copied test folder): keep the figures beside the tests.
        return AppContext.BaseDirectory;
    }
}
