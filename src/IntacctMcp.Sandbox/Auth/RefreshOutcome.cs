namespace IntacctMcp.Sandbox.Auth;

/// <summary>How a refresh-token redemption ended.</summary>
internal enum RefreshOutcome
{
    /// <summary>Rotated: the old token is revoked and a new one issued.</summary>
    Rotated,

    /// <summary>The token is unknown, revoked, rotated away, or belongs to another client.</summary>
    Invalid,

    /// <summary>The token is past its lifetime or was expired by the admin endpoint.</summary>
    Expired,
}
