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
    private long _responseBytes;
    private long _codeExchanges;
    private long _refreshes;

    public void CountTokenRequest() => Interlocked.Increment(ref _tokenRequests);

    public void CountCodeExchange() => Interlocked.Increment(ref _codeExchanges);

    public void CountRefresh() => Interlocked.Increment(ref _refreshes);

    public void CountApiRequest(string route)
    {
        Interlocked.Increment(ref _apiRequests);
        var box = _routes.GetOrAdd(route, static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    public void CountRateLimited() => Interlocked.Increment(ref _rateLimited);

    public void CountCreated(int records) => Interlocked.Add(ref _recordsCreated, records);

    public void CountResponseBytes(int bytes) => Interlocked.Add(ref _responseBytes, bytes);

    public SandboxCounters Snapshot() => new(
        Interlocked.Read(ref _tokenRequests),
        Interlocked.Read(ref _apiRequests),
        Interlocked.Read(ref _rateLimited),
        Interlocked.Read(ref _recordsCreated),
        _routes.Where(p => Interlocked.Read(ref p.Value.Value) > 0)
            .ToDictionary(p => p.Key, p => Interlocked.Read(ref p.Value.Value), StringComparer.Ordinal),
        Interlocked.Read(ref _responseBytes),
        Interlocked.Read(ref _codeExchanges),
        Interlocked.Read(ref _refreshes));

    public void Reset()
    {
        Interlocked.Exchange(ref _tokenRequests, 0);
        Interlocked.Exchange(ref _apiRequests, 0);
        Interlocked.Exchange(ref _rateLimited, 0);
        Interlocked.Exchange(ref _recordsCreated, 0);
        Interlocked.Exchange(ref _responseBytes, 0);
        Interlocked.Exchange(ref _codeExchanges, 0);
        Interlocked.Exchange(ref _refreshes, 0);
        foreach (var box in _routes.Values)
        {
            Interlocked.Exchange(ref box.Value, 0);
        }
    }
}
