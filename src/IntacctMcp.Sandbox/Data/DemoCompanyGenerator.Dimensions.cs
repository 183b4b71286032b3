using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

internal sealed partial class DemoCompanyGenerator
{
    /// <summary>
    /// Bank and card accounts tied to the GL cash accounts, and the classes, employees, projects and items a company
    /// tags its lines with. Fixed data, no random draws: adding it leaves every other generated record as it was.
    /// </summary>
    private void AddBankingAndDimensions()
    {
        var day = _start.AddDays(-60);
        AddBanking(day);
        foreach (var (id, name, parent, status) in DemoDimensions.Classes)
        {
            Add(SandboxObjects.Class, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = status;
                r["parent"] = parent is null ? null : Get(SandboxObjects.Class, parent);
            });
        }

        foreach (var (id, name, title, department, location, manager, status) in DemoDimensions.Employees)
        {
            Add(SandboxObjects.Employee, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["jobTitle"] = title;
                r["status"] = status;
                r["startDate"] = day;
                r["department"] = Get(SandboxObjects.Department, department);
                r["location"] = Get(SandboxObjects.Location, location);
                r["manager"] = manager is null ? null : Get(SandboxObjects.Employee, manager);
            });
        }

        var customers = _books.Data[SandboxObjects.Customer].Records;
        foreach (var (id, name, category, customer, manager, department, parent, status) in DemoDimensions.Projects)
        {
            Add(SandboxObjects.Project, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["category"] = category;
                r["status"] = status;
                r["startDate"] = _start;
                r["customer"] = customer < 0 ? null : customers[customer];
                r["manager"] = Get(SandboxObjects.Employee, manager);
                r["department"] = Get(SandboxObjects.Department, department);
                r["parent"] = parent is null ? null : Get(SandboxObjects.Project, parent);
            });
        }

        foreach (var (id, name, type, price, cost, status) in DemoDimensions.Items)
        {
            Add(SandboxObjects.Item, day, r =>
            {
                r["id"] = id;
                r["name"] = name;
                r["status"] = status;
                r["itemType"] = type;
                r["costMethod"] = "standard";
                r["sales.basePrice"] = price;
                r["purchasing.standardCost"] = cost;
            });
        }
    }

    private void AddBanking(DateOnly day)
    {
        var headquarters = Get(SandboxObjects.Location, "100");
        foreach (var (objectName, accounts) in new[] { (SandboxObjects.CheckingAccount, DemoBanking.Checking), (SandboxObjects.SavingsAccount, DemoBanking.Savings) })
        {
            foreach (var (id, bank, number, glAccount) in accounts)
            {
                Add(objectName, day, r =>
                {
                    r["id"] = id;
                    r["bankAccountDetails.bankName"] = bank;
                    r["bankAccountDetails.accountNumber"] = number;
                    r["bankAccountDetails.routingNumber"] = "026009593";
                    r["bankAccountDetails.currency"] = "USD";
                    r["accounting.glAccount"] = Get(SandboxObjects.Account, glAccount);
                    r["accounting.apJournal"] = Get(SandboxObjects.Journal, "CDJ");
                    r["accounting.arJournal"] = Get(SandboxObjects.Journal, "CRJ");
                    r["location"] = headquarters;
                    r["status"] = "active";
                });
            }
        }

        var cardVendor = _books.Data[SandboxObjects.Vendor].Records.Single(v => v.Name == DemoBanking.CardVendorName);
        foreach (var (id, description, cardType, glAccount) in DemoBanking.Cards)
        {
            Add(SandboxObjects.CreditCardAccount, day, r =>
            {
                r["id"] = id;
                r["accountDetails.description"] = description;
                r["accountDetails.cardType"] = cardType;
                r["accountDetails.accountType"] = "credit";
                r["accountDetails.expirationMonth"] = "09";
                r["accountDetails.expirationYear"] = (_today.Year + 3).ToString(System.Globalization.CultureInfo.InvariantCulture);
                r["accounting.offsetGLAccount"] = Get(SandboxObjects.Account, glAccount);
                r["vendor"] = cardVendor;
                r["location"] = headquarters;
                r["status"] = "active";
            });
        }
    }
}
