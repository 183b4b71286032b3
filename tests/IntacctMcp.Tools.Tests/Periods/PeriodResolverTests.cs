using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Periods;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Tools.Tests.Periods;

public sealed class PeriodResolverTests
{
    private readonly PeriodResolver _periods = new(new FakeTimeProvider(new DateTimeOffset(2026, 5, 14, 10, 0, 0, TimeSpan.Zero)));

    [Theory]
    [InlineData("this_month", "2026-05-01", "2026-05-31")]
    [InlineData("last_month", "2026-04-01", "2026-04-30")]
    [InlineData("this_quarter", "2026-04-01", "2026-06-30")]
    [InlineData("last_quarter", "2026-01-01", "2026-03-31")]
    [InlineData("ytd", "2026-01-01", "2026-05-14")]
    [InlineData("last_year", "2025-01-01", "2025-12-31")]
    [InlineData("Q1", "2026-01-01", "2026-03-31")]
    [InlineData("q4 2025", "2025-10-01", "2025-12-31")]
    [InlineData("Last Month", "2026-04-01", "2026-04-30")]
    public void Parse_NamedPeriod_ReturnsCalendarRange(string period, string start, string end)
    {
        var range = _periods.Parse(period);

        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), range.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), range.End);
    }

    [Fact]
    public void Parse_LastMonthInJanuary_IsDecemberOfLastYear()
    {
        var periods = new PeriodResolver(new FakeTimeProvider(new DateTimeOffset(2026, 1, 3, 0, 0, 0, TimeSpan.Zero)));

        var range = periods.Parse("last_month");

        Assert.Equal(new DateOnly(2025, 12, 1), range.Start);
        Assert.Equal(new DateOnly(2025, 12, 31), range.End);
    }

    [Fact]
    public void Resolve_StartAndEndDates_AreStrict()
    {
        Assert.Equal(new DateOnly(2026, 2, 1), _periods.Resolve(null, "2026-02-01", "2026-02-28")!.Start);
        var error = Assert.Throws<ToolArgumentException>(() => _periods.Resolve(null, "2026-2-1", null));
        Assert.Equal("startDate", error.Argument);
        Assert.Contains("yyyy-mm-dd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_PeriodAndDates_IsRefused()
    {
        var error = Assert.Throws<ToolArgumentException>(() => _periods.Resolve("Q1", "2026-01-01", null));
        Assert.Equal("period", error.Argument);
    }

    [Fact]
    public void Parse_Unknown_NamesAcceptedForms()
    {
        var error = Assert.Throws<ToolArgumentException>(() => _periods.Parse("Q5"));
        Assert.Contains("last_quarter", error.Message, StringComparison.Ordinal);
    }
}
