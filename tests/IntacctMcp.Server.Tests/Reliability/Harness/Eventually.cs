namespace IntacctMcp.Server.Tests.Reliability.Harness;

/// <summary>Waits for an observable condition (a sandbox counter, a process state), bounded; never for a fixed time.</summary>
internal static class Eventually
{
    public static Task<bool> WaitUntilAsync(Func<bool> condition, TimeSpan bound, CancellationToken cancellationToken) =>
        WaitUntilAsync(_ => Task.FromResult(condition()), bound, cancellationToken);

    public static async Task<bool> WaitUntilAsync(Func<CancellationToken, Task<bool>> condition, TimeSpan bound, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(bound);
        using var tick = new PeriodicTimer(TimeSpan.FromMilliseconds(20));
        try
        {
            while (!await condition(timeout.Token))
            {
                await tick.WaitForNextTickAsync(timeout.Token);
            }

            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
