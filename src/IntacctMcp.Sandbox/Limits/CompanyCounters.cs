using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace IntacctMcp.Sandbox.Limits;

/// <summary>Lock-free counters of one company's traffic.</summary>
internal sealed class CompanyCounters
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _routes = new(StringComparer.Ordinal);
    private long _tokenRequests;
    private long _apiRequests;
    private long _rateLimited;
    private long _recordsCreated;

    public void CountTokenRequest() => Interlocked.Increment(ref _tokenRequests);

    public void CountApiRequest(string route)
    {
        Interlocked.Increment(ref _apiRequests);
        var box = _routes.GetOrAdd(route, static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountCreated(int records) => Interlocked.Add(ref _recordsCreated, records);

    public SandboxCounters Snapshot() => new(
        Interlocked.Read(ref _tokenRequests),
        Interlocked.Read(ref _apiRequests),
        Interlocked.Read(ref _rateLimited),
        Interlocked.Read(ref _recordsCreated),
        _routes.Where(p => Interlocked.Read(ref p.Value.Value) > 0)
            .ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal));

    public void Reset()
    {
        Interlocked.Exchange(ref _tokenRequests, 0);
        Interlocked.Exchange(ref _apiRequests, 0);
        Interlocked.Exchange(ref _rateLimited, 0);
        Interlocked.Exchange(ref _recordsCreated, 0);
        foreach (var box in _routes.Values)
        {
            Interlocked.Exchange(ref box.Value, 0);
        }
    }
}
