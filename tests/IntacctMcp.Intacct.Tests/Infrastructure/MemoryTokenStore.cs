using IntacctMcp.Intacct.Auth;

namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>A token store in memory that can hold a write (to prove what happens before it completes) and script its reads.</summary>
internal sealed class MemoryTokenStore : IIntacctTokenStore
{
    private readonly Lock _gate = new();
    private IntacctStoredToken? _token;

    /// <summary>Gets or sets a task every write waits for before it completes.</summary>
    public Task WriteGate { get; set; } = Task.CompletedTask;

    /// <summary>Gets reads to answer first, in order, before the stored token (another process's view).</summary>
    public Queue<IntacctStoredToken?> ScriptedReads { get; } = new();

    public TaskCompletionSource WriteStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Writes { get; private set; }

    public IntacctStoredToken? Token
    {
        get
        {
            lock (_gate)
            {
                return _token;
            }
        }

        set
        {
            lock (_gate)
            {
                _token = value;
            }
        }
    }

    public ValueTask<IntacctStoredToken?> GetAsync(string company, string credentialFingerprint, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return ValueTask.FromResult(ScriptedReads.TryDequeue(out var scripted) ? scripted : _token);
        }
    }

    public async ValueTask StoreAsync(string company, IntacctStoredToken token, CancellationToken cancellationToken)
    {
        WriteStarted.TrySetResult();
        await WriteGate;
        lock (_gate)
        {
            _token = token;
            Writes++;
        }
    }

    public ValueTask RemoveAsync(string company, CancellationToken cancellationToken)
    {
        Token = null;
        return ValueTask.CompletedTask;
    }
}
