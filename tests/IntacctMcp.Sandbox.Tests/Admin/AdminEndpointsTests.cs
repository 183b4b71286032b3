using System.Net;
using IntacctMcp.Sandbox.Admin;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Admin;

public sealed class AdminEndpointsTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.1.2.3", false)]
    [InlineData("192.168.0.7", false)]
    [InlineData("203.0.113.9", false)]
    [InlineData("::ffff:203.0.113.9", false)]
    public void IsLoopback_OnlyLoopbackCallersMayUseTheAdminEndpoint(string address, bool allowed)
    {
        Assert.Equal(allowed, AdminEndpoints.IsLoopback(IPAddress.Parse(address)));
    }

    [Fact]
    public void IsLoopback_NoRemoteAddress_IsRefused()
    {
        Assert.False(AdminEndpoints.IsLoopback(null));
    }
}
