namespace IntacctMcp.Server.Tests.TestSupport;

/// <summary>A clock that moves only when the test moves it (wall clock and timestamps alike).</summary>
/// <param name="start">The wall-clock time at tick zero; 2026-03-15 09:00 UTC unless given.</param>
internal sealed class FakeTimeProvider(DateTimeOffset? start = null) : TimeProvider
{
    private readonly DateTimeOffset _start = start ?? new DateTimeOffset(2026, 3, 15, 9, 0, 0, TimeSpan.Zero);
    private long _ticks;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    public override DateTimeOffset GetUtcNow() => _start.AddTicks(GetTimestamp());

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
