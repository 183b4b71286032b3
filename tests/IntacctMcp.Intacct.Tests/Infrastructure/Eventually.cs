namespace IntacctMcp.Intacct.Tests.Infrastructure;

/// <summary>Waits (bounded) for a state another thread reaches, without sleeping a guessed time.</summary>
internal static class Eventually
{
    public static void True(Func<bool> condition, string what)
    {
        if (!SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(15)))
        {
            throw new TimeoutException($"Timed out waiting for: {what}");
        }
    }
}
