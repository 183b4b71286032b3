using System.Text.Json.Nodes;
using Xunit;

namespace IntacctMcp.Sandbox.Tests.Data;

/// <summary>The demo company's bank and card accounts sit on its GL cash accounts, and its dimensions point at records that exist.</summary>
public sealed class BankingAndDimensionsTests(FixedDateSandboxFixture fixture) : IClassFixture<FixedDateSandboxFixture>
{
    [Fact]
    public void BankAndCardAccounts_EachOnItsOwnGlCashAccount_ThatHasActivity()
    {
        var banks = Export("cash-management/checking-account").Concat(Export("cash-management/savings-account"))
            .Select(b => (string)b["accounting"]!["glAccount"]!["id"]!).ToList();
        var cards = Export("cash-management/credit-card-account").Select(c => (string)c["accounting"]!["offsetGLAccount"]!["id"]!).ToList();

        Assert.Equal(["1000", "1010", "1050"], banks.Order(StringComparer.Ordinal));
        Assert.Equal(["2400"], cards);
        var posted = Export("general-ledger/journal-entry").SelectMany(e => e["lines"]!.AsArray())
            .Select(l => (string)l!["glAccount"]!["id"]!).ToHashSet(StringComparer.Ordinal);
        Assert.All(banks.Concat(cards), account => Assert.Contains(account, posted));
        var vendor = (string)Export("cash-management/credit-card-account")[0]["vendor"]!["id"]!;
        Assert.Contains(Export("accounts-payable/vendor"), v => (string)v["id"]! == vendor);
    }

    [Theory]
    [InlineData("company-config/class", 5)]
    [InlineData("company-config/employee", 8)]
    [InlineData("projects/project", 6)]
    [InlineData("inventory-control/item", 6)]
    public void Dimensions_ExistWithOneInactiveAndParentsThatResolve(string objectName, int count)
    {
        var records = Export(objectName);
        var ids = records.Select(r => (string)r["id"]!).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(count, records.Count);
        Assert.Single(records, r => (string?)r["status"] == "inactive");
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty((string?)r["name"])));
        // An employee's parent in the hierarchy is its manager (Sage's employee has no parent field).
        var parentField = objectName == "company-config/employee" ? "manager" : "parent";
        foreach (var parent in records.Select(r => (string?)r[parentField]?["id"]).OfType<string>())
        {
            Assert.Contains(parent, ids);
        }
    }

    private IReadOnlyList<JsonObject> Export(string objectName) => fixture.Server.ExportObjects(objectName);
}
