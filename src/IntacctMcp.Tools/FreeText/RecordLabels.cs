using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.FreeText;

/// <summary>Names the record a flagged value belongs to: the object kind a tool returns plus the row's number or ID.</summary>
internal static class RecordLabels
{
    // The row fields that identify a record, best first: a document's number is what people quote ("bill INV-1042");
    // an aging row names its party in "vendor" or "customer".
    private const int MaxIdentityLength = 40;

    private static readonly string[] IdentityFields = ["billNumber", "invoiceNumber", "id", "key", "vendor", "customer", "account"];

    private static readonly FrozenDictionary<string, string> Nouns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["list_vendors"] = "vendor",
        ["get_vendor"] = "vendor",
        ["get_ap_aging"] = "vendor",
        ["list_customers"] = "customer",
        ["get_customer"] = "customer",
        ["get_ar_aging"] = "customer",
        ["list_bills"] = "bill",
        ["get_bill"] = "bill",
        ["create_bill"] = "bill",
        ["list_invoices"] = "invoice",
        ["get_invoice"] = "invoice",
        ["create_invoice"] = "invoice",
        ["list_ap_payments"] = "AP payment",
        ["list_ar_payments"] = "AR payment",
        ["list_gl_accounts"] = "GL account",
        ["get_gl_account"] = "GL account",
        ["get_trial_balance"] = "GL account",
        ["list_journal_entries"] = "journal entry",
        ["get_journal_entry"] = "journal entry",
        ["create_journal_entry"] = "journal entry",
        ["list_entities"] = "entity",
        ["list_companies"] = "company",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Gets the kind of record a tool call returns.</summary>
    /// <param name="tool">The tool name.</param>
    /// <param name="arguments">The call's arguments (<c>object</c> of query, <c>path</c> of call_sage_endpoint).</param>
    /// <returns>The noun, e.g. <c>vendor</c>; <c>record</c> when unknown.</returns>
    public static string Noun(string tool, IReadOnlyDictionary<string, JsonElement>? arguments)
    {
        if (Nouns.TryGetValue(tool, out var noun))
        {
            return noun;
        }

        var hint = tool switch
        {
            "query" => Argument(arguments, "object"),
            "call_sage_endpoint" => ObjectOfPath(Argument(arguments, "path")),
            _ => null,
        };
        return hint is { Length: > 0 } ? hint[(hint.LastIndexOf('/') + 1)..] : "record";
    }

    /// <summary>Labels a row or record when it carries an identifying field.</summary>
    /// <param name="noun">The kind of record.</param>
    /// <param name="row">The row.</param>
    /// <returns>E.g. <c>vendor V1001</c>, or <see langword="null"/> when the object identifies no record.</returns>
    public static string? Label(string noun, JsonObject row)
    {
        foreach (var field in IdentityFields)
        {
            // A number is typed by people too: one that is long or itself reads like instructions is not repeated.
            if (row[field] is JsonValue value && Scalar(value) is { Length: > 0 and <= MaxIdentityLength } text && SuspiciousTextDetector.Inspect(text) is null)
            {
                return $"{noun} {text}";
            }
        }

        return null;
    }

    private static string? Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>().Trim(),
        JsonValueKind.Number => value.ToJsonString(),
        _ => null,
    };

    private static string? Argument(IReadOnlyDictionary<string, JsonElement>? arguments, string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // "/objects/accounts-payable/vendor/12" is a vendor; the key at the end is not the object.
    private static string? ObjectOfPath(string? path)
    {
        var segments = (path ?? string.Empty).Split(['/', '?'], StringSplitOptions.RemoveEmptyEntries);
        var objects = Array.IndexOf(segments, "objects");
        return objects >= 0 && segments.Length > objects + 2 ? segments[objects + 2]
            : segments.LastOrDefault(s => !long.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out _));
    }
}
