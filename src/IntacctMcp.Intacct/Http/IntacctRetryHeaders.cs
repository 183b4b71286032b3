using System.Globalization;
using System.Net.Http.Headers;

namespace IntacctMcp.Intacct.Http;

/// <summary>Reads Sage's retry headers (any case, both <c>RetryAfter</c> and <c>Retry-After</c> spellings) and returns the largest wait.</summary>
internal static class IntacctRetryHeaders
{
    private static readonly string[] Names =
    [
        "Retry-After",
        "X-IA-Throttle-Limit-RetryAfter",
        "X-IA-Throttle-Limit-Retry-After",
        "X-IA-Minute-Rate-Limit-Retry-After",
        "X-IA-Minute-Rate-Limit-RetryAfter",
        "X-IA-Hour-Rate-Limit-Retry-After",
        "X-IA-Hour-Rate-Limit-RetryAfter",
        "X-IA-TENANT-Throttle-Limit-Retry-After",
        "X-IA-TENANT-Throttle-Limit-RetryAfter",
    ];

    /// <summary>Gets the largest wait any retry header asks for.</summary>
    /// <param name="response">The response.</param>
    /// <param name="now">The current time, for HTTP-date values of <c>Retry-After</c>.</param>
    /// <returns>The wait, or <see langword="null"/> when no retry header was sent.</returns>
    public static TimeSpan? Read(HttpResponseMessage response, DateTimeOffset now)
    {
        TimeSpan? largest = null;
        foreach (var name in Names)
        {
            // HttpHeaders lookups ignore case, so "x-ia-throttle-limit-retryafter" matches too.
            if (!response.Headers.TryGetValues(name, out var values))
            {
                continue;
            }

            foreach (var value in values)
            {
                if (Parse(value, now) is { } wait && (largest is null || wait > largest))
                {
                    largest = wait;
                }
            }
        }

        if (largest is null && response.Headers.RetryAfter is RetryConditionHeaderValue typed)
        {
            largest = typed.Delta ?? (typed.Date is { } date ? Max(date - now) : null);
        }

        return largest;
    }

    private static TimeSpan? Parse(string value, DateTimeOffset now)
    {
        value = value.Trim();
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0 && seconds < TimeSpan.MaxValue.TotalSeconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date) ? Max(date - now) : null;
    }

    private static TimeSpan Max(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
}
