using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IntacctMcp.Tools.Confirmation;

/// <summary>
/// What a write will post, in plain words for the person confirming it: company, entity, party, dates, number and memo,
/// each line's account and amount, the total. Built from the validated body, so it shows what Sage receives.
/// </summary>
/// <remarks>
/// Amounts carry no currency: the cached vendor, customer and account lists do not say it, and a bill or invoice
/// without one posts in the company's (or entity's) base currency, which the text says instead of guessing a code.
/// </remarks>
internal static class WriteDescriptions
{
    private const int RawBodyLimit = 600;

    /// <summary>Describes a bill or invoice.</summary>
    /// <param name="noun">E.g. <c>Bill</c>.</param>
    /// <param name="company">The configured company name.</param>
    /// <param name="entity">The entity, or <see langword="null"/> for the user's default.</param>
    /// <param name="partyKind">E.g. <c>vendor</c>.</param>
    /// <param name="party">The resolved vendor or customer row (<c>id</c>, <c>name</c>).</param>
    /// <param name="body">The validated body.</param>
    /// <param name="dateField">The document date field, e.g. <c>createdDate</c>.</param>
    /// <param name="numberField">The document number field, e.g. <c>billNumber</c>.</param>
    /// <param name="accounts">The chart of accounts, for the accounts' names.</param>
    /// <returns>The text.</returns>
    public static string Document(string noun, string company, string? entity, string partyKind, JsonObject party, JsonObject body, string dateField, string numberField, IReadOnlyList<JsonObject> accounts)
    {
        var lower = noun.ToLowerInvariant();
        var text = Head(("aeiou".Contains(lower[0], StringComparison.Ordinal) ? "an " : "a ") + lower, company, entity);
        Line(text, $"{Capital(partyKind)}: {(string?)party["id"]} {(string?)party["name"]}".TrimEnd());
        Line(text, $"{noun} date {(string?)body[dateField]}, due {(string?)body["dueDate"]}");
        if ((string?)body[numberField] is { } number)
        {
            Line(text, $"{noun} number {number}");
        }

        if ((string?)body["description"] is { } description)
        {
            Line(text, $"Description: {description}");
        }

        var total = 0m;
        var index = 0;
        foreach (var line in (body["lines"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var amount = Amount(line["txnAmount"]);
            total += amount;
            Line(text, $"Line {++index}: {Account(line, accounts)}, {Money(amount)}{Memo(line, "memo")}{Dimensions(line)}");
        }

        Line(text, $"Total: {Money(total)} (in the base currency)");
        return text.ToString().TrimEnd();
    }

    /// <summary>Describes a journal entry.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="entity">The entity, or <see langword="null"/> for the user's default.</param>
    /// <param name="body">The validated body.</param>
    /// <param name="accounts">The chart of accounts, for the accounts' names.</param>
    /// <returns>The text.</returns>
    public static string JournalEntry(string company, string? entity, JsonObject body, IReadOnlyList<JsonObject> accounts)
    {
        var text = Head("a journal entry", company, entity);
        Line(text, $"Journal {(string?)body["glJournal"]?["id"]}, posting date {(string?)body["postingDate"]}");
        Line(text, $"Description: {(string?)body["description"]}");
        if ((string?)body["referenceNumber"] is { } reference)
        {
            Line(text, $"Reference number {reference}");
        }

        var debits = 0m;
        foreach (var line in (body["lines"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var amount = Amount(line["txnAmount"]);
            var debit = (string?)line["txnType"] == "debit";
            debits += debit ? amount : 0m;
            Line(text, $"{(debit ? "Debit" : "Credit")} {Account(line, accounts)}, {Money(amount)}{Memo(line, "description")}{Dimensions(line)}");
        }

        Line(text, $"Debits = credits = {Money(debits)} (in the base currency)");
        return text.ToString().TrimEnd();
    }

    /// <summary>Describes a raw write: method, path, query, and a summary of the body.</summary>
    /// <param name="company">The configured company name.</param>
    /// <param name="entity">The entity, or <see langword="null"/> for the user's default.</param>
    /// <param name="method">The HTTP method.</param>
    /// <param name="path">The path under the API base.</param>
    /// <param name="query">The query parameters.</param>
    /// <param name="body">The body, if any.</param>
    /// <returns>The text.</returns>
    public static string Raw(string company, string? entity, string method, string path, IReadOnlyDictionary<string, string>? query, JsonNode? body)
    {
        var text = Head($"a raw {method} request", company, entity);
        Line(text, $"{method} {path}{(query is { Count: > 0 } ? "?" + string.Join("&", query.Select(p => p.Key + "=" + p.Value)) : string.Empty)}");
        if (body is not null)
        {
            var json = body.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            Line(text, "Body: " + (json.Length > RawBodyLimit ? json[..RawBodyLimit] + $"… ({json.Length} characters in all)" : json));
        }

        return text.ToString().TrimEnd();
    }

    private static StringBuilder Head(string what, string company, string? entity) =>
        new StringBuilder().Append(CultureInfo.InvariantCulture, $"Post {what} to Sage company {company}, entity {entity ?? "(the user's default)"}:\n");

    private static void Line(StringBuilder text, string line) => text.Append("- ").Append(line).Append('\n');

    private static string Account(JsonObject line, IReadOnlyList<JsonObject> accounts)
    {
        var id = (string?)line["glAccount"]?["id"];
        var name = (string?)accounts.FirstOrDefault(a => string.Equals((string?)a["id"], id, StringComparison.OrdinalIgnoreCase))?["name"];
        return name is null ? $"GL {id}" : $"GL {id} {name}";
    }

    private static string Memo(JsonObject line, string field) => (string?)line[field] is { Length: > 0 } memo ? $" ({memo})" : string.Empty;

    private static string Dimensions(JsonObject line) => line["dimensions"] is JsonObject dimensions && dimensions.Count > 0
        ? "; " + string.Join(", ", dimensions.Select(d => $"{d.Key} {(string?)d.Value?["id"]}"))
        : string.Empty;

    private static decimal Amount(JsonNode? value) => value switch
    {
        JsonValue v when v.TryGetValue<decimal>(out var d) => d,
        JsonValue v when v.TryGetValue<string>(out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var p) => p,
        _ => 0m,
    };

    private static string Money(decimal amount) => amount.ToString("#,##0.00", CultureInfo.InvariantCulture);

    private static string Capital(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];
}
