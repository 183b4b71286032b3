using System.Text.Json.Nodes;
using IntacctMcp.Tools.Querying;

namespace IntacctMcp.Tools.Modules.Statements;

/// <summary>
/// The rows of a statement being built: one per section, category and (for account or dimension groupings) ID, each
/// with the amount and, when comparing, the compared amount. Rows come out in statement order: section, then
/// categories in chart order, then IDs.
/// </summary>
internal sealed class StatementTable(bool withIds)
{
    private readonly Dictionary<(string Section, string Category, string Id), Row> _rows = [];

    /// <summary>Adds an amount (in the statement's sign) to a row.</summary>
    /// <param name="section">The section.</param>
    /// <param name="category">The category.</param>
    /// <param name="order">The category's position in the chart.</param>
    /// <param name="id">The account or dimension ID (ignored when grouping by category; empty for a row that has none, such as net income).</param>
    /// <param name="name">Its name.</param>
    /// <param name="amount">The amount.</param>
    /// <param name="prior">Whether it belongs to the compared column.</param>
    public void Add(string section, string category, int order, string? id, string? name, decimal amount, bool prior)
    {
        var key = (section, category, withIds ? id ?? "(none)" : string.Empty);
        var row = _rows.GetValueOrDefault(key) ?? new Row { Order = order };
        row.Order = Math.Min(row.Order, order);
        row.Name ??= name;
        if (prior)
        {
            row.Prior += amount;
        }
        else
        {
            row.Amount += amount;
        }

        _rows[key] = row;
    }

    /// <summary>Gets a section's total.</summary>
    /// <param name="section">The section.</param>
    /// <param name="prior">Whether to total the compared column.</param>
    /// <returns>The total.</returns>
    public decimal Total(string section, bool prior) =>
        _rows.Where(r => r.Key.Section == section).Sum(r => prior ? r.Value.Prior : r.Value.Amount);

    /// <summary>Renders the rows that have an amount in either column.</summary>
    /// <param name="compare">Whether to add <c>prior</c>.</param>
    /// <returns>The rows.</returns>
    public JsonArray ToJson(bool compare)
    {
        var categoryOrder = _rows.GroupBy(r => (r.Key.Section, r.Key.Category)).ToDictionary(g => g.Key, g => g.Min(r => r.Value.Order));
        var rows = new JsonArray();
        foreach (var (key, row) in _rows
            .Where(r => r.Value.Amount != 0 || r.Value.Prior != 0)
            .OrderBy(r => StatementSections.Order(r.Key.Section))
            .ThenBy(r => categoryOrder[(r.Key.Section, r.Key.Category)])
            .ThenBy(r => r.Key.Category, StringComparer.Ordinal)
            .ThenBy(r => r.Key.Id, StringComparer.Ordinal))
        {
            var json = new JsonObject { ["section"] = key.Section, ["category"] = key.Category };
            if (withIds && key.Id.Length > 0)
            {
                json["id"] = key.Id;
                if (row.Name is not null)
                {
                    json["name"] = row.Name;
                }
            }

            json["amount"] = Rows.Money(row.Amount);
            if (compare)
            {
                json["prior"] = Rows.Money(row.Prior);
            }

            rows.Add(json);
        }

        return rows;
    }

    private sealed class Row
    {
        public int Order { get; set; }

        public string? Name { get; set; }

        public decimal Amount { get; set; }

        public decimal Prior { get; set; }
    }
}
