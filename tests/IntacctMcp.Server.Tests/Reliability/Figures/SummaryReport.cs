using System.Globalization;
using System.Text;

namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>The reliability figures of one run.</summary>
/// <param name="Faults">Each fault scenario and its outcomes.</param>
/// <param name="FaultMatrix">Calls under faults per outcome, summed.</param>
/// <param name="Writes">Writes under each fault.</param>
/// <param name="BadInput">Bad-input cases per file.</param>
/// <param name="Load">Load runs.</param>
/// <param name="Secrets">The secret scan, once the finale ran it.</param>
internal sealed record SummaryReport(
    IReadOnlyList<FaultRecord> Faults,
    IReadOnlyDictionary<FaultOutcome, int> FaultMatrix,
    IReadOnlyList<WriteTally> Writes,
    IReadOnlyList<BadInputTally> BadInput,
    IReadOnlyList<LoadFigures> Load,
    SecretsFigures? Secrets)
{
    public int DuplicateWrites => Writes.Sum(w => w.Duplicates);

    public int SilentLosses => Writes.Sum(w => w.SilentLosses + w.Phantoms);

    public int BadInputTried => BadInput.Sum(b => b.Tried);

    public int BadInputCrashes => BadInput.Sum(b => b.Crashes);

    public int LoadErrors => Load.Sum(l => l.Errors);

    /// <summary>Renders the figures as the Markdown kept in the README's reliability section.</summary>
    public string ToMarkdown()
    {
        var s = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        s.AppendLine("| Figure | Value |").AppendLine("|---|---|");
        s.AppendLine(c, $"| Fault scenarios × calls | {Faults.Count} × {FaultMatrix.Values.Sum()} |");
        s.AppendLine(c, $"| Outcomes | {string.Join(", ", FaultMatrix.Select(kv => $"{kv.Key} {kv.Value}"))} |");
        s.AppendLine(c, $"| Writes under faults: attempted / reported created / unknown (key named) / records created | {Writes.Sum(w => w.Attempted)} / {Writes.Sum(w => w.ReportedCreated)} / {Writes.Sum(w => w.UnknownOutcome)} ({Writes.Sum(w => w.UnknownNamedKey)}) / {Writes.Sum(w => w.RecordsCreated)} |");
        var repeats = Writes.Where(w => w.Repeated).ToList();
        s.AppendLine(c, $"| Repeated writes (same call from another process, after SIGKILL and restart, twins at once): scenarios / calls / records created / duplicates | {repeats.Count} / {repeats.Sum(w => w.Attempted)} / {repeats.Sum(w => w.RecordsCreated)} / {repeats.Sum(w => w.Duplicates)} |");
        s.AppendLine(c, $"| Duplicate writes | {DuplicateWrites} |");
        s.AppendLine(c, $"| Silent losses and phantom writes | {SilentLosses} |");
        s.AppendLine(c, $"| Bad-input cases tried × crashes | {BadInputTried} × {BadInputCrashes} ({string.Join(", ", BadInput.Select(b => $"{b.File} {b.Tried}"))}) |");
        s.AppendLine(c, $"| Bad-input cases answered with the expected, named error | {BadInput.Sum(b => b.ClearErrors)} of {BadInputTried} |");
        s.AppendLine(c, $"| Bad-input cases that sent Sage more than allowed | {BadInput.Sum(b => b.ReachedSage)} |");
        foreach (var load in Load)
        {
            s.AppendLine(c, $"| Load {load.Transport}: clients × calls in s, errors | {load.Clients} × {load.Calls} in {load.Seconds:0.#} s, {load.Errors} errors |");
            s.AppendLine(c, $"| Load {load.Transport}: p50 / p99 ms | {load.P50Milliseconds:0.#} / {load.P99Milliseconds:0.#} |");
            s.AppendLine(c, $"| Load {load.Transport}: server RSS MB warm → first → last | {load.ResidentMegabytesBefore} → {load.ResidentMegabytesAfterFirst} → {load.ResidentMegabytesAfterLast} |");
        }

        s.AppendLine(c, $"| Load errors | {LoadErrors} |");
        s.AppendLine(Secrets is { } secrets
            ? string.Create(c, $"| Secrets found (of {secrets.SecretsKnown} known, in {secrets.TextsScanned} texts) | {secrets.Found} |")
            : "| Secrets found | not scanned (the finale did not run) |");
        return s.ToString();
    }
}
