using System.Globalization;
using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    private readonly List<Record> _customersBySize = [];
    private readonly List<double> _customerWeights = [];

    private void AddMasterData()
    {
        var day = _start.AddDays(-60);
        foreach (var (id, name) in new[] { ("E100", "Headquarters"), ("E200", "West Coast") })
        {
            Add(SandboxObjects.Entity, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = "active";
            });
        }

        foreach (var (id, name, entity, parent) in DemoChart.Locations)
        {
            Add(SandboxObjects.Location, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = "active";
                r["entity"] = Get(SandboxObjects.Entity, entity);
                r["parent"] = parent is null ? null : Get(SandboxObjects.Location, parent);
            });
        }

        foreach (var (id, name) in DemoChart.Departments)
        {
            Add(SandboxObjects.Department, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = "active";
            });
        }

        AddAccounts(day);
        foreach (var (id, name) in DemoChart.Journals)
        {
            Add(SandboxObjects.Journal, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["bookType"] = "accrual";
                r["status"] = "active";
            });
        }

        foreach (var termObject in new[] { SandboxObjects.ApTerm, SandboxObjects.ArTerm })
        {
            foreach (var (id, name, days) in DemoChart.Terms)
            {
                Add(termObject, day, r =>
                {
                    r["id"] = id;
                    r["description"] = name;
                    r["due.days"] = (long)days;
                    r["status"] = "active";
                });
            }
        }

        AddVendors(day);
        AddCustomers(day);
    }

    private void AddAccounts(DateOnly day)
    {
        var retainedEarnings = (Record?)null;
        foreach (var (id, name, category, debit) in DemoChart.Accounts.OrderByDescending(a => a.Id == "3900"))
        {
            var incomeStatement = id[0] >= '4';
            var account = Add(SandboxObjects.Account, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["accountType"] = incomeStatement ? "incomeStatement" : "balanceSheet";
                r["normalBalance"] = debit ? "debit" : "credit";
                r["category"] = category;
                // Income-statement accounts close into retained earnings (3900, the closed-to account) at year end (§9.2).
                r["closingType"] = incomeStatement ? "closingAccount" : id == "3900" ? "closedToAccount" : "nonClosingAccount";
                r["closeToGLAccount"] = incomeStatement ? retainedEarnings : null;
                r["status"] = DemoChart.InactiveAccounts.Contains(id) ? "inactive" : "active";
                r["disallowDirectPosting"] = false;
                r["isTaxable"] = false;
            });
            retainedEarnings ??= account;
        }
    }

    private void AddVendors(DateOnly day)
    {
        var number = 1001;
        foreach (var (name, account, term, city, state) in DemoParties.Vendors)
        {
            var id = "V" + number.ToString(CultureInfo.InvariantCulture);
            number++;
            Add(SandboxObjects.Vendor, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = number == 1041 ? "inactive" : "active";
                r["totalDue"] = 0m;
                r["term"] = Get(SandboxObjects.ApTerm, term);
                r["defaultExpenseGLAccount"] = Get(SandboxObjects.Account, account);
                r["taxId"] = string.Create(CultureInfo.InvariantCulture, $"{_random.Between(10, 99)}-{_random.Between(1000000, 9999999)}");
                r["creditLimit"] = (decimal)(_random.Between(2, 20) * 5000);
                r["contacts.default.mailingAddress.city"] = city;
                r["contacts.default.mailingAddress.state"] = state;
                r["contacts.default.email1"] = "ap@" + new string([.. name.ToLowerInvariant().Where(char.IsLetter)]) + ".example";
            });
        }
    }

    private void AddCustomers(DateOnly day)
    {
        var number = 1001;
        var customers = new List<Record>();
        foreach (var name in DemoParties.Customers)
        {
            var id = "C" + number.ToString(CultureInfo.InvariantCulture);
            number++;
            var (city, state) = _random.Pick(DemoParties.CustomerCities);
            customers.Add(Add(SandboxObjects.Customer, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = "active";
                r["totalDue"] = 0m;
                r["term"] = Get(SandboxObjects.ArTerm, _random.Chance(0.75) ? "N30" : _random.Chance(0.5) ? "N45" : "N15");
                r["creditLimit"] = (decimal)(_random.Between(5, 40) * 5000);
                r["contacts.default.mailingAddress.city"] = city;
                r["contacts.default.mailingAddress.state"] = state;
                r["contacts.default.email1"] = "billing@" + new string([.. name.ToLowerInvariant().Where(char.IsLetter)]) + ".example";
            }));
        }

        // Customer size does not follow the alphabet: shuffle, then weight by rank so a few customers dominate.
        while (customers.Count > 0)
        {
            var index = _random.Next(customers.Count);
            _customersBySize.Add(customers[index]);
            customers.RemoveAt(index);
        }

        for (var rank = 0; rank < _customersBySize.Count; rank++)
        {
            _customerWeights.Add(1.0 / (1.0 + (rank * 0.12)));
        }
    }
}
