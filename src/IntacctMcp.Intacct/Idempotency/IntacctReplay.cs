namespace IntacctMcp.Intacct.Idempotency;

/// <summary>Sage answered a write with the cached first answer to its <c>Idempotency-Key</c> instead of writing again.</summary>
/// <param name="CachedAt">When Sage cached the first answer (its <c>x-ia-idempotency-cached-date</c>), if the header parsed as a date.</param>
public sealed record IntacctReplay(DateTimeOffset? CachedAt)
{
    /// <summary>The response header that marks a replay.</summary>
    public const string Header = "x-ia-idempotency-cached-date";

    /// <summary>Reads the replay header.</summary>
    /// <param name="values">The header's values, if it was present.</param>
    /// <returns>The replay, or <see langword="null"/> when the header is absent.</returns>
    public static IntacctReplay? From(IEnumerable<string>? values)
    {
        var value = values?.FirstOrDefault();
        if (value is null)
        {
            return null;
        }

        return DateTimeOffset.TryParse(value.Trim(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var at)
            ? new IntacctReplay(at.ToUniversalTime())
            : new IntacctReplay((DateTimeOffset?)null);
    }
}
