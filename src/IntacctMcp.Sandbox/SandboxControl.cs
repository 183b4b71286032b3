namespace IntacctMcp.Sandbox;

/// <summary>The in-process equivalent of the admin endpoint: faults, counters, token and refresh-token expiry and planted text.</summary>
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

    /// <summary>Makes every refresh token issued so far expired: the next refresh answers <c>invalid_grant</c>, "The refresh token has expired."</summary>
    /// <param name="companyId">The company; null expires every company's refresh tokens.</param>
    public void ExpireRefreshTokens(string? companyId = null)
    {
        foreach (var company in _state.Targets(companyId))
        {
            company.ExpireRefreshTokens();
        }
    }

    /// <summary>
    /// Stores text in a record's text field as if someone had typed it into Sage (no write rules, no audit change): for
    /// rehearsing how the MCP server flags free text that reads like instructions to an assistant.
    /// </summary>
    /// <param name="plant">What to plant where.</param>
    /// <param name="companyId">The company; null is the demo company.</param>
    /// <returns>The record's key.</returns>
    /// <exception cref="ArgumentException">The object or field does not exist, the field is not text, or the text is too long.</exception>
    /// <exception cref="KeyNotFoundException">No record has that ID or key.</exception>
    public string PlantText(SandboxPlantedText plant, string? companyId = null)
    {
        ArgumentNullException.ThrowIfNull(plant);
        return Model.TextPlanter.Plant(_state.Company(companyId).Data, plant);
    }
}
