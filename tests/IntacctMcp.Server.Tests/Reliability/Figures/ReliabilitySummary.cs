namespace IntacctMcp.Server.Tests.Reliability.Figures;

/// <summary>
/// Every reliability test reports here; the finale prints the figures and writes them under
/// <c>artifacts/reliability/</c>. Static because xunit builds a new test class instance per test and the figures span
/// the whole run.
/// </summary>
internal static class ReliabilitySummary
{
    private static readonly Lock Gate = new();
    private static readonly List<FaultRecord> Faults = [];
    private static readonly List<WriteTally> Writes = [];
    private static readonly Dictionary<string, BadInputTally> BadInput = new(StringComparer.Ordinal);
    private static readonly List<LoadFigures> Loads = [];
    private static SecretsFigures? _secrets;

    public static void RecordFault(string fault, string operation, IEnumerable<FaultOutcome> outcomes)
    {
        var counts = outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        lock (Gate)
        {
            Faults.Add(new FaultRecord(fault, operation, counts));
        }
    }

    public static void RecordWrites(WriteTally tally)
    {
        lock (Gate)
        {
            Writes.Add(tally);
        }
    }

    public static void RecordBadInput(string file, bool clearError, bool crashed, bool reachedSage)
    {
        lock (Gate)
        {
            var current = BadInput.GetValueOrDefault(file) ?? new BadInputTally(file, 0, 0, 0, 0);
            BadInput[file] = current with
            {
                Tried = current.Tried + 1,
                ClearErrors = current.ClearErrors + (clearError ? 1 : 0),
                Crashes = current.Crashes + (crashed ? 1 : 0),
                ReachedSage = current.ReachedSage + (reachedSage ? 1 : 0),
            };
        }
    }

    public static void RecordLoad(LoadFigures figures)
    {
        lock (Gate)
        {
            Loads.Add(figures);
        }
    }

    public static void RecordSecrets(SecretsFigures figures)
    {
        lock (Gate)
        {
            _secrets = figures;
        }
    }

    public static SummaryReport Snapshot()
    {
        lock (Gate)
        {
            var matrix = Enum.GetValues<FaultOutcome>().ToDictionary(
                o => o,
                o => Faults.Sum(f => f.Outcomes.GetValueOrDefault(o)));
            return new SummaryReport(
                [.. Faults],
                matrix,
                [.. Writes],
                [.. BadInput.Values.OrderBy(b => b.File, StringComparer.Ordinal)],
                [.. Loads],
                _secrets);
        }
    }
}
