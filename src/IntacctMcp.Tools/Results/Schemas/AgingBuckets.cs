using System.Text.Json.Serialization;

namespace IntacctMcp.Tools.Results.Schemas;

/// <summary>Amounts due by days past due; the aging rows add who owes them.</summary>
internal record AgingBuckets
{
    /// <summary>Gets the amount not yet past due.</summary>
    public required decimal Current { get; init; }

    /// <summary>Gets 1-30 days past due.</summary>
    [JsonPropertyName("days1to30")]
    public required decimal Days1To30 { get; init; }

    /// <summary>Gets 31-60 days past due.</summary>
    [JsonPropertyName("days31to60")]
    public required decimal Days31To60 { get; init; }

    /// <summary>Gets 61-90 days past due.</summary>
    [JsonPropertyName("days61to90")]
    public required decimal Days61To90 { get; init; }

    /// <summary>Gets over 90 days past due.</summary>
    public required decimal Over90 { get; init; }

    /// <summary>Gets the total due.</summary>
    public required decimal Total { get; init; }
}
