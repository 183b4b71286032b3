using System.Text.Json;
using IntacctMcp.Sandbox;
using Xunit;

namespace IntacctMcp.Server.Tests.EndToEnd;

/// <summary>
/// "What is our cash position today?" and "Which departments and projects do we have?", and checks of the answers
/// against the sandbox's exported records (never through its query engine).
/// </summary>
/// <remarks>Shared source: the tools tests link this file, so the in-process and stdio runs check the same things.</remarks>
internal static class CashAndDimensionChecks
{
    /// <summary>The bank and card objects and the field naming each one's GL account.</summary>
    public static readonly (string Object, string Type, string GlAccount)[] CashObjects =
    [
        ("cash-management/checking-account", "checking", "glAccount"),
        ("cash-management/savings-account", "savings", "glAccount"),
        ("cash-management/credit-card-account", "creditCard", "offsetGLAccount"),
    ];

    /// <summary>Checks get_cash_position: every bank and card account, each with its GL account's posted balance at the date, and totals that add up.</summary>
    public static void CheckCashPosition(SandboxServer sandbox, JsonElement data, DateOnly asOf)
    {
        var balances = FiveQuestions.LineTotals(sandbox, DateOnly.MinValue, asOf, line => (string)line["glAccount"]!["id"]!)
            .ToDictionary(p => p.Key, p => p.Value.Debit - p.Value.Credit, StringComparer.Ordinal);
        var expected = CashObjects
            .SelectMany(o => sandbox.ExportObjects(o.Object).Select(r => (Id: (string)r["id"]!, o.Type, Gl: (string)r["accounting"]![o.GlAccount]!["id"]!)))
            .ToList();
        var rows = data.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), data.GetProperty("asOf").GetString());
        Assert.Equal(expected.Select(e => e.Id).Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        foreach (var (id, type, gl) in expected)
        {
            var row = rows.Single(r => r.GetProperty("id").GetString() == id);
            Assert.Equal(type, row.GetProperty("type").GetString());
            Assert.Equal(gl, row.GetProperty("glAccount").GetString());
            Assert.Equal(balances.GetValueOrDefault(gl), FiveQuestions.Money(row.GetProperty("balance")));
        }

        var totals = data.GetProperty("totals");
        var cash = expected.Where(e => e.Type != "creditCard").Select(e => e.Gl).Distinct().Sum(g => balances.GetValueOrDefault(g));
        var cards = expected.Where(e => e.Type == "creditCard").Select(e => e.Gl).Distinct().Sum(g => balances.GetValueOrDefault(g));
        Assert.Equal(cash, FiveQuestions.Money(totals.GetProperty("cash")));
        Assert.Equal(cards, FiveQuestions.Money(totals.GetProperty("creditCards")));
        Assert.Equal(cash + cards, FiveQuestions.Money(totals.GetProperty("total")));
        Assert.True(cash > 0, "the demo company has money in the bank");
    }

    /// <summary>Checks that each cash row's balance is the trial balance's balance of its GL account at the same date.</summary>
    public static void CheckAgreesWithTrialBalance(JsonElement cash, JsonElement trialBalance)
    {
        var tb = trialBalance.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("account").GetString()!, r => FiveQuestions.Money(r.GetProperty("balance")), StringComparer.Ordinal);
        Assert.Equal(cash.GetProperty("asOf").GetString(), trialBalance.GetProperty("period").GetProperty("end").GetString());
        foreach (var row in cash.GetProperty("rows").EnumerateArray())
        {
            Assert.Equal(tb[row.GetProperty("glAccount").GetString()!], FiveQuestions.Money(row.GetProperty("balance")));
        }
    }

    /// <summary>Checks list_dimension_values: every record of the object, in ID order, with name, status and parent.</summary>
    public static void CheckDimension(SandboxServer sandbox, JsonElement data, string objectName, bool hasParent)
    {
        var expected = sandbox.ExportObjects(objectName).OrderBy(r => (string)r["id"]!, StringComparer.Ordinal).ToList();
        var items = data.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(expected.Count, data.GetProperty("totalCount").GetInt32());
        Assert.Equal(expected.Select(r => (string)r["id"]!), items.Select(i => i.GetProperty("id").GetString()!));
        for (var i = 0; i < items.Count; i++)
        {
            Assert.Equal((string?)expected[i]["name"], items[i].GetProperty("name").GetString());
            Assert.Equal((string?)expected[i]["status"], items[i].GetProperty("status").GetString());
            // A top-level value has no parent: structured content leaves the null out, as the schema allows.
            var parentId = items[i].TryGetProperty("parent", out var parent) ? parent.GetString() : null;
            Assert.Equal(hasParent ? (string?)expected[i]["parent"]?["id"] : null, parentId);
        }
    }
}
