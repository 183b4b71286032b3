using System.Globalization;
using System.Text.RegularExpressions;

namespace IntacctMcp.Sandbox.Model;

/// <summary>Stores planted text directly in a record (no write rules, no audit fields): the record looks as if someone had typed it.</summary>
internal static partial class TextPlanter
{
    /// <summary>Plants the text.</summary>
    /// <param name="data">The company's data.</param>
    /// <param name="plant">What to plant where.</param>
    /// <returns>The record's key.</returns>
    /// <exception cref="ArgumentException">The object, record or field does not exist, the field is not text, or the text is too long.</exception>
    public static string Plant(CompanyData data, SandboxPlantedText plant)
    {
        if (!data.Stores.TryGetValue(plant.Object ?? string.Empty, out var store))
        {
            throw new ArgumentException($"The sandbox has no object '{plant.Object}'; use e.g. accounts-payable/vendor or accounts-payable/bill.", nameof(plant));
        }

        if (plant.Text is null || plant.Text.Length > SandboxPlantedText.MaxLength)
        {
            throw new ArgumentException($"The text is required and at most {SandboxPlantedText.MaxLength} characters.", nameof(plant));
        }

        data.Lock.EnterWriteLock();
        try
        {
            var record = store.ById(plant.Id ?? string.Empty)
                ?? (long.TryParse(plant.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var key) ? store.ByKey(key) : null)
                ?? throw new KeyNotFoundException($"No {plant.Object} with ID or key '{plant.Id}'.");
            var (target, path) = Locate(record, plant.Field ?? string.Empty);
            if (!target.Def.ByPath.TryGetValue(path, out var field) || field.Kind != FieldKind.Text)
            {
                var texts = string.Join(", ", target.Def.Fields.Where(f => f.Kind == FieldKind.Text).Select(f => f.Path));
                throw new ArgumentException($"'{plant.Field}' is not a text field of {target.Def.Name}; text fields: {texts}.", nameof(plant));
            }

            target[path] = plant.Text;
            return record.KeyText;
        }
        finally
        {
            data.Lock.ExitWriteLock();
        }
    }

    private static (Record Target, string Path) Locate(Record record, string field)
    {
        if (LineField().Match(field) is not { Success: true } match)
        {
            return (record, field);
        }

        var lines = record.Def.FindList(match.Groups["list"].Value) is { } list
            ? record.Lists[list.Index]
            : throw new ArgumentException($"{record.Def.Name} has no list '{match.Groups["list"].Value}'.", nameof(field));
        var index = int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture);
        return index < lines.Count
            ? (lines[index], match.Groups["field"].Value)
            : throw new ArgumentException($"{record.Def.Name} {record.Id} has {lines.Count} {match.Groups["list"].Value}; use an index from 0 to {lines.Count - 1}.", nameof(field));
    }

    [GeneratedRegex(@"^(?<list>[A-Za-z]+)\[(?<index>\d{1,4})\]\.(?<field>[A-Za-z.]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex LineField();
}
