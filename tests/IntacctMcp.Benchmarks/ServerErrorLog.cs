using System.Collections.Concurrent;

namespace IntacctMcp.Benchmarks;

/// <summary>
/// What a server child process wrote to stderr, kept small: the last lines (why it exited before it listened) and the
/// first few logged errors with the lines that follow them (the exception behind a failed call; warnings are noise).
/// </summary>
internal sealed class ServerErrorLog
{
    private const int LastLines = 10;
    private const int ErrorsKept = 5;
    private const int LinesPerError = 4;

    private readonly ConcurrentQueue<string> _last = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Lock _gate = new();
    private int _errorCount;
    private int _followingLines;

    public IReadOnlyList<string> Last => [.. _last];

    public IReadOnlyList<string> Errors => [.. _errors];

    public void Add(string line)
    {
        _last.Enqueue(line);
        while (_last.Count > LastLines && _last.TryDequeue(out string? _))
        {
            // Older lines explain nothing the last ones do not.
        }

        lock (_gate)
        {
            if (line.Contains(" ERR] ", StringComparison.Ordinal) || line.Contains(" FTL] ", StringComparison.Ordinal))
            {
                _followingLines = ++_errorCount <= ErrorsKept ? LinesPerError : 0;
            }

            if (_followingLines > 0)
            {
                _followingLines--;
                _errors.Enqueue(line);
            }
        }
    }
}
