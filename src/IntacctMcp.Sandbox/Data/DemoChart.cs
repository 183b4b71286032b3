namespace IntacctMcp.Sandbox.Data;

/// <summary>The demo company's chart of accounts, journals and dimension values.</summary>
internal static class DemoChart
{
    /// <summary>Gets the accounts: number, name, category, and whether its normal balance is a debit.</summary>
    public static IReadOnlyList<(string Id, string Name, string Category, bool Debit)> Accounts { get; } =
    [
        ("1000", "Cash - Operating", "Cash", true),
        ("1010", "Cash - Payroll", "Cash", true),
        ("1020", "Petty Cash", "Cash", true),
        ("1050", "Money Market Savings", "Cash", true),
        ("1200", "Accounts Receivable", "Accounts Receivable", true),
        ("1210", "Allowance for Doubtful Accounts", "Accounts Receivable", false),
        ("1300", "Inventory", "Inventory", true),
        ("1400", "Prepaid Expenses", "Prepaid Expenses", true),
        ("1410", "Prepaid Insurance", "Prepaid Expenses", true),
        ("1500", "Furniture & Equipment", "Fixed Assets", true),
        ("1510", "Computer Equipment", "Fixed Assets", true),
        ("1520", "Vehicles", "Fixed Assets", true),
        ("1550", "Leasehold Improvements", "Fixed Assets", true),
        ("1590", "Accumulated Depreciation", "Fixed Assets", false),
        ("1700", "Security Deposits", "Other Assets", true),
        ("2000", "Accounts Payable", "Accounts Payable", false),
        ("2050", "Accrued Expenses", "Accrued Liabilities", false),
        ("2100", "Accrued Payroll", "Accrued Liabilities", false),
        ("2200", "Sales Tax Payable", "Other Current Liabilities", false),
        ("2300", "Payroll Taxes Payable", "Other Current Liabilities", false),
        ("2400", "Credit Card Payable", "Other Current Liabilities", false),
        ("2500", "Deferred Revenue", "Deferred Revenue", false),
        ("2700", "Long-term Loan", "Long-term Liabilities", false),
        ("2750", "Line of Credit", "Long-term Liabilities", false),
        ("3000", "Common Stock", "Equity", false),
        ("3100", "Additional Paid-in Capital", "Equity", false),
        ("3900", "Retained Earnings", "Retained Earnings", false),
        ("4000", "Product Revenue", "Revenue", false),
        ("4100", "Service Revenue", "Revenue", false),
        ("4200", "Subscription Revenue", "Revenue", false),
        ("4300", "Consulting Revenue", "Revenue", false),
        ("4900", "Other Income", "Other Income", false),
        ("4950", "Interest Income", "Other Income", false),
        ("5000", "Cost of Goods Sold", "Cost of Sales", true),
        ("5100", "Direct Labor", "Cost of Sales", true),
        ("5200", "Freight In", "Cost of Sales", true),
        ("5300", "Subcontractors", "Cost of Sales", true),
        ("6000", "Salaries & Wages", "Operating Expenses", true),
        ("6010", "Payroll Taxes", "Operating Expenses", true),
        ("6020", "Employee Benefits", "Operating Expenses", true),
        ("6050", "Contract Labor", "Operating Expenses", true),
        ("6100", "Repairs & Maintenance", "Operating Expenses", true),
        ("6150", "Janitorial", "Operating Expenses", true),
        ("6200", "Rent", "Operating Expenses", true),
        ("6210", "Utilities", "Operating Expenses", true),
        ("6220", "Telephone & Internet", "Operating Expenses", true),
        ("6300", "Office Supplies", "Operating Expenses", true),
        ("6310", "Postage & Shipping", "Operating Expenses", true),
        ("6400", "Software Subscriptions", "Operating Expenses", true),
        ("6410", "Computer Hardware", "Operating Expenses", true),
        ("6500", "Travel", "Operating Expenses", true),
        ("6510", "Meals & Entertainment", "Operating Expenses", true),
        ("6600", "Advertising & Marketing", "Operating Expenses", true),
        ("6700", "Legal Fees", "Operating Expenses", true),
        ("6710", "Accounting Fees", "Operating Expenses", true),
        ("6800", "Insurance", "Operating Expenses", true),
        ("6850", "Bank Fees", "Operating Expenses", true),
        ("6900", "Depreciation Expense", "Operating Expenses", true),
        ("6950", "Training & Education", "Operating Expenses", true),
        ("6960", "Dues & Subscriptions", "Operating Expenses", true),
        ("7000", "Interest Expense", "Other Expenses", true),
        ("7100", "Income Tax Expense", "Other Expenses", true),
        ("7200", "Miscellaneous Expense", "Other Expenses", true),
    ];

    /// <summary>Gets accounts that exist but are inactive (so status filters have something to find).</summary>
    public static IReadOnlyList<string> InactiveAccounts { get; } = ["1020", "7200"];

    public static IReadOnlyList<(string Id, string Name)> Journals { get; } =
    [
        ("GJ", "General Journal"),
        ("APJ", "Accounts Payable Journal"),
        ("ARJ", "Accounts Receivable Journal"),
        ("CDJ", "Cash Disbursements Journal"),
        ("CRJ", "Cash Receipts Journal"),
        ("PYJ", "Payroll Journal"),
        ("ADJ", "Adjustments Journal"),
    ];

    public static IReadOnlyList<(string Id, string Name, int Days)> Terms { get; } =
    [
        ("N15", "Net 15", 15),
        ("N30", "Net 30", 30),
        ("N45", "Net 45", 45),
        ("N60", "Net 60", 60),
    ];

    public static IReadOnlyList<(string Id, string Name)> Departments { get; } =
    [
        ("FIN", "Finance"),
        ("SALES", "Sales"),
        ("OPS", "Operations"),
    ];

    /// <summary>Gets the locations: ID, name, owning entity, parent location.</summary>
    public static IReadOnlyList<(string Id, string Name, string Entity, string? Parent)> Locations { get; } =
    [
        ("100", "New York", "E100", null),
        ("110", "Boston", "E100", "100"),
        ("200", "San Francisco", "E200", null),
        ("210", "Seattle", "E200", "200"),
    ];
}
