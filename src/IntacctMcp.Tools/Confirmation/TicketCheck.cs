namespace IntacctMcp.Tools.Confirmation;

/// <summary>The outcome of checking a sealed ticket against the call that presents it.</summary>
internal enum TicketCheck
{
    /// <summary>Valid, unused, and bound to this call.</summary>
    Valid,

    /// <summary>Not readable: altered, truncated, sealed by another server process or key ring, or of the other kind.</summary>
    Unreadable,

    /// <summary>Older than its lifetime.</summary>
    Expired,

    /// <summary>Already used once.</summary>
    Used,

    /// <summary>Issued to another caller or session.</summary>
    OtherCaller,

    /// <summary>Issued for another company.</summary>
    OtherCompany,

    /// <summary>Issued for another tool or other arguments.</summary>
    OtherArguments,
}
