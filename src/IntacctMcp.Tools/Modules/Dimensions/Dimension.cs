using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;
using IntacctMcp.Tools.Querying;
using IntacctMcp.Tools.References;

namespace IntacctMcp.Tools.Modules.Dimensions;

/// <summary>A dimension a line can be tagged with, and the Sage object that holds its values.</summary>
/// <param name="Name">The name a caller passes, e.g. <c>project</c>.</param>
/// <param name="Object">The object, e.g. <c>projects/project</c>.</param>
/// <param name="HasParent">Whether its values form a hierarchy through <c>parent</c>.</param>
/// <remarks>
/// These are Sage's standard dimensions whose objects are in its published spec (and in this repository's extract, so
/// the field names are checked). A company without a module (projects, inventory) answers that object with "not
/// found", which the tool reports as a dimension the company does not have. User-defined dimensions have
/// company-specific object names and are reached with the <c>query</c> tool.
/// </remarks>
internal sealed record Dimension(string Name, string Object, bool HasParent)
{
    /// <summary>Gets every dimension this tool lists.</summary>
    public static IReadOnlyList<Dimension> All { get; } =
    [
        new("department", "company-config/department", HasParent: true),
        new("location", "company-config/location", HasParent: true),
        new("class", "company-config/class", HasParent: true),
        new("project", "projects/project", HasParent: true),
        new("employee", "company-config/employee", HasParent: false),
        new("item", "inventory-control/item", HasParent: false),
        new("customer", "accounts-receivable/customer", HasParent: true),
        new("vendor", "accounts-payable/vendor", HasParent: false),
    ];

    /// <summary>Gets the accepted names, for descriptions and errors.</summary>
    public static string Accepted { get; } = string.Join(", ", All.Select(d => d.Name));

    /// <summary>Gets the fields of a value: id, name, status, and parent for a hierarchy.</summary>
    public IReadOnlyList<string> ValueFields => HasParent ? ["id", "name", "status", "parent.id"] : ["id", "name", "status"];

    /// <summary>Gets its values as a cached reference list (for resources and completions).</summary>
    public ReferenceKind Values => new(Object, ["key", .. ValueFields], Name);

    /// <summary>Shapes one value as <c>list_dimension_values</c> and the dimension resource show it.</summary>
    /// <param name="row">The record, with <see cref="ValueFields"/>.</param>
    /// <returns>The value: id, name, status, and parent for a hierarchy.</returns>
    public JsonObject Value(JsonObject row)
    {
        var value = new JsonObject { ["id"] = Rows.Text(row, "id"), ["name"] = Rows.Text(row, "name"), ["status"] = Rows.Text(row, "status") ?? string.Empty };
        if (HasParent)
        {
            value["parent"] = Rows.Text(row, "parent.id");
        }

        return value;
    }

    /// <summary>Says that a company lacks this dimension (Sage answered its object with "not found").</summary>
    /// <param name="company">The configured company name.</param>
    /// <returns>The message.</returns>
    public string MissingIn(string company) => $"Company '{company}' has no {Name} dimension (Sage has no {Object} there); use one of {Accepted} it has.";

    /// <summary>Finds a dimension by name (case-insensitive; a plural is accepted).</summary>
    /// <param name="name">The <c>dimension</c> argument.</param>
    /// <returns>The dimension.</returns>
    public static Dimension Parse(string? name)
    {
        var wanted = (name ?? string.Empty).Trim().ToLowerInvariant();
        return All.FirstOrDefault(d => wanted == d.Name || wanted == d.Name + "s" || (d.Name == "class" && wanted == "classes"))
            ?? throw new ToolArgumentException("dimension", $"'{name}' is not a dimension; use one of {Accepted}. For user-defined dimensions use query.");
    }
}
