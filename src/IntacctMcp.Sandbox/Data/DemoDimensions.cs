namespace IntacctMcp.Sandbox.Data;

/// <summary>The demo company's classes, employees, projects and items (departments and locations are in <see cref="DemoChart"/>).</summary>
internal static class DemoDimensions
{
    /// <summary>Gets the classes: ID, name, parent, status.</summary>
    public static IReadOnlyList<(string Id, string Name, string? Parent, string Status)> Classes { get; } =
    [
        ("DIRECT", "Direct Sales", null, "active"),
        ("ENT", "Enterprise", "DIRECT", "active"),
        ("SMB", "Small Business", "DIRECT", "active"),
        ("PARTNER", "Partner Channel", null, "active"),
        ("LEGACY", "Legacy Resellers", null, "inactive"),
    ];

    /// <summary>Gets the employees: ID, name, job title, department, location, manager, status.</summary>
    public static IReadOnlyList<(string Id, string Name, string Title, string Department, string Location, string? Manager, string Status)> Employees { get; } =
    [
        ("EMP001", "Dana Whitfield", "Chief Financial Officer", "FIN", "100", null, "active"),
        ("EMP002", "Marcus Lee", "Controller", "FIN", "100", "EMP001", "active"),
        ("EMP003", "Priya Raman", "Staff Accountant", "FIN", "110", "EMP002", "active"),
        ("EMP004", "Tomas Herrera", "VP Sales", "SALES", "200", "EMP001", "active"),
        ("EMP005", "Grace Okafor", "Account Executive", "SALES", "210", "EMP004", "active"),
        ("EMP006", "Ben Castillo", "Operations Manager", "OPS", "100", "EMP001", "active"),
        ("EMP007", "Hannah Brooks", "Field Technician", "OPS", "110", "EMP006", "active"),
        ("EMP008", "Oliver Grant", "Sales Associate", "SALES", "200", "EMP004", "inactive"),
    ];

    /// <summary>Gets the projects: ID, name, category, customer (index into the customers by ID), manager, department, parent, status.</summary>
    public static IReadOnlyList<(string Id, string Name, string Category, int Customer, string Manager, string Department, string? Parent, string Status)> Projects { get; } =
    [
        ("P-0001", "ERP Rollout", "contract", 0, "EMP006", "OPS", null, "active"),
        ("P-0002", "ERP Rollout - Data Migration", "contract", 0, "EMP007", "OPS", "P-0001", "active"),
        ("P-0003", "Annual Support Renewal", "contract", 1, "EMP005", "SALES", null, "active"),
        ("P-0004", "Website Redesign", "internalNonBillable", -1, "EMP004", "SALES", null, "active"),
        ("P-0005", "Audit Readiness", "internalNonBillable", -1, "EMP002", "FIN", null, "active"),
        ("P-0006", "Warehouse Move", "capitalized", -1, "EMP006", "OPS", null, "inactive"),
    ];

    /// <summary>Gets the items: ID, name, item type, base price, standard cost, status.</summary>
    public static IReadOnlyList<(string Id, string Name, string Type, decimal Price, decimal Cost, string Status)> Items { get; } =
    [
        ("HW-100", "Edge Gateway", "inventory", 1_250m, 640m, "active"),
        ("HW-200", "Sensor Pack (10)", "inventory", 480m, 210m, "active"),
        ("SW-SUB", "Platform Subscription (annual)", "nonInventory", 9_600m, 0m, "active"),
        ("SV-INST", "Installation Services (hour)", "nonInventory", 165m, 70m, "active"),
        ("SV-TRAIN", "Training Day", "nonInventory", 1_400m, 450m, "active"),
        ("HW-050", "Legacy Controller", "inventory", 300m, 180m, "inactive"),
    ];
}
