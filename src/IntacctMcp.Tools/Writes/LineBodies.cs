using System.Text.Json.Nodes;
using IntacctMcp.Tools.Execution;

namespace IntacctMcp.Tools.Writes;

/// <summary>Checks line accounts against the cached chart of accounts and renders lines in Sage's shape.</summary>
internal static class LineBodies
{
    /// <summary>Checks that every line's account exists, is active and accepts direct posting.</summary>
    /// <param name="lines">The lines.</param>
    /// <param name="accounts">The chart of accounts.</param>
    /// <param name="single">Whether the lines came from the single-line glAccount argument.</param>
    public static void CheckAccounts(IReadOnlyList<DocumentLine> lines, IReadOnlyList<JsonObject> accounts, bool single)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var argument = single ? "glAccount" : $"lines[{i}].glAccount";
            var account = accounts.FirstOrDefault(a => string.Equals((string?)a["id"], lines[i].GlAccount, StringComparison.OrdinalIgnoreCase))
                ?? throw new ToolArgumentException(argument, $"no GL account '{lines[i].GlAccount}'; use an account number from list_gl_accounts, e.g. 6100.");
            if (!string.Equals((string?)account["status"] ?? "active", "active", StringComparison.OrdinalIgnoreCase))
            {
                throw new ToolArgumentException(argument, $"GL account {lines[i].GlAccount} is inactive; use an active account.");
            }

            if (account["disallowDirectPosting"] is JsonValue v && v.TryGetValue<bool>(out var disallowed) && disallowed)
            {
                throw new ToolArgumentException(argument, $"GL account {lines[i].GlAccount} does not accept direct posting; use another account.");
            }
        }
    }

    /// <summary>Renders a line: <c>{glAccount:{id}, txnAmount:"1250.00", memo, dimensions:{department:{id}}}</c>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="memoField">The memo field name (<c>memo</c>, or <c>description</c> on journal entries).</param>
    /// <returns>The line body.</returns>
    public static JsonObject Render(DocumentLine line, string memoField = "memo")
    {
        var body = new JsonObject { ["glAccount"] = new JsonObject { ["id"] = line.GlAccount } };
        if (line.TxnType is { } type)
        {
            body["txnType"] = type;
        }

        body["txnAmount"] = Amounts.Format(line.Amount);
        if (!string.IsNullOrWhiteSpace(line.Memo))
        {
            body[memoField] = line.Memo;
        }

        if (line.Dimensions.Count > 0)
        {
            // Empty references are left out entirely: Sage rejects {"id": ""}.
            body["dimensions"] = new JsonObject([.. line.Dimensions.Select(d => new KeyValuePair<string, JsonNode?>(d.Key, new JsonObject { ["id"] = d.Value }))]);
        }

        return body;
    }

    /// <summary>Gets the days of a payment term such as <c>N30</c>.</summary>
    /// <param name="party">The vendor or customer row (with <c>term.id</c>).</param>
    /// <returns>The days, or <see langword="null"/> when the term names none.</returns>
    public static int? TermDays(JsonObject party)
    {
        var term = (string?)party["term.id"] ?? (string?)party["term"]?["id"];
        var digits = new string((term ?? string.Empty).Where(char.IsAsciiDigit).ToArray());
        return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var days) && days <= 3660 ? days : null;
    }
}
