using System.Globalization;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Tools.Tests.Periods;

public sealed class PeriodResolverAsOfTests
{
    private readonly PeriodResolver _periods = new(new FakeTimeProvider(new DateTimeOffset(2026, 5, 14, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData(null, "2026-05-14", "today")]
    [InlineData(" Today ", "2026-05-14", "today")]
    [InlineData("2026-05-14", "2026-05-14", "2026-05-14")]
    [InlineData("2025-12-31", "2025-12-31", "2025-12-31")]
    [InlineData("last_month", "2026-04-30", "end of last month")]
    [InlineData("Q4 2025", "2025-12-31", "end of Q4 2025")]
    [InlineData("this_quarter", "2026-05-14", "this quarter to date")]
    [InlineData("ytd", "2026-05-14", "year to date")]
    public void AsOf_DateOrPeriod_IsThatDateOrThePeriodsEndNeverAfterToday(string? asOf, string expected, string label)
    {
        var (date, actualLabel, _) = _periods.AsOf(asOf);

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), date);
        Assert.Equal(label, actualLabel);
    }

    [Theory]
    [InlineData("2026-05-15", "is in the future (today is 2026-05-14)")]
    [InlineData("05/14/2026", "is not a date or period")]
    [InlineData("next_month", "is not a date or period")]
    [InlineData("Q4 2027", "has not started yet")]
    public void AsOf_FutureOrUnparseable_NamesTheArgumentAndTheAcceptedForms(string asOf, string problem)
    {
        var error = Assert.Throws<ToolArgumentException>(() => _periods.AsOf(asOf));

        Assert.Equal("asOf", error.Argument);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.Contains(PeriodResolver.AcceptedAsOf, error.Message, StringComparison.Ordinal);
    }
}
