namespace IntacctMcp.Sandbox;

/// <summary>The in-process equivalent of the admin endpoint: faults, counters and token expiry.</summary>
public sealed class SandboxControl
{
    private readonly SandboxState _state;

    internal SandboxControl(SandboxState state) => _state = state;

    /// <summary>Arms faults, replacing any armed before.</summary>
    /// <param name="faults">The faults.</param>
    /// <param name="companyId">The company; null arms them for every company.</param>
    public void SetFaults(SandboxFaults faults, string? companyId = null)
    {
        ArgumentNullException.ThrowIfNull(faults);
        foreach (var company in _state.Targets(companyId))
        {
            company.Faults.Set(faults);
        }
    }

    /// <summary>Disarms faults.</summary>
    /// <param name="companyId">The company; null clears every company.</param>
    public void ClearFaults(string? companyId = null)
    {
        foreach (var company in _state.Targets(companyId))
        {
            company.Faults.Clear();
        }
    }

    /// <summary>Reads a company's counters.</summary>
    /// <param name="companyId">The company; null reads the demo company.</param>
    /// <returns>A snapshot of the counters.</returns>
    public SandboxCounters GetCounters(string? companyId = null) => _state.Company(companyId).Counters.Snapshot();

    /// <summary>Sets a company's counters back to zero.</summary>
    /// <param name="companyId">The company; null resets every company.</param>
    public void ResetCounters(string? companyId = null)
    {
        foreach (var company in _state.Targets(companyId))
        {
            company.Counters.Reset();
        }
    }

    /// <summary>Makes every token issued so far expired (new token requests still succeed).</summary>
    /// <param name="companyId">The company; null expires every company's tokens.</param>
    public void ExpireTokens(string? companyId = null)
    {
        foreach (var company in _state.Targets(companyId))
        {
            company.ExpireTokens();
        }
    }
}
