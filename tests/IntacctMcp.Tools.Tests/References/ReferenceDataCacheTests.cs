using IntacctMcp.Intacct;
using IntacctMcp.Tools.Tests.Fakes;
using IntacctMcp.Tools.Tests.Hosting;
using IntacctMcp.Tools.Tests.Toolsets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace IntacctMcp.Tools.Tests.References;

/// <summary>The reference-data cache keeps a company's lists for five minutes of the server's clock, then loads them again.</summary>
public sealed class ReferenceDataCacheTests
{
    [Fact]
    public async Task GetVendor_RepeatedAcrossFiveMinutes_LoadsVendorListOncePerFiveMinutes()
    {
        var companies = new FakeClientProvider("demo");
        var client = companies.Clients["demo"];
        client.OnQuery = FakeData.Answer;
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 9, 0, 0, TimeSpan.Zero));
        await using var tools = await ToolsHarness.StartAsync(
            s => s.AddSingleton<IIntacctClientProvider>(companies).AddSingleton<TimeProvider>(clock),
            cancellationToken: TestContext.Current.CancellationToken);
        int VendorLoads() => client.Queries.Count(q => q.Object == "accounts-payable/vendor");

        await tools.CallAsync("get_vendor", new { vendor = "Acme Maintenance" });
        clock.Advance(TimeSpan.FromMinutes(4) + TimeSpan.FromSeconds(59));
        var cached = await tools.CallAsync("get_vendor", new { vendor = "V1001" });
        var loadsWithinLifetime = VendorLoads();
        clock.Advance(TimeSpan.FromSeconds(1));
        await tools.CallAsync("get_vendor", new { vendor = "V1001" });
        var loadsAtExpiry = VendorLoads();
        await tools.CallAsync("get_vendor", new { vendor = "V1001" });

        Assert.NotEqual(true, cached.IsError);
        Assert.Equal(1, loadsWithinLifetime);
        Assert.Equal(2, loadsAtExpiry);
        Assert.Equal(2, VendorLoads());
        Assert.Equal(4, client.Calls.Count(c => c.StartsWith("GET accounts-payable/vendor/11", StringComparison.Ordinal)));
    }
}
