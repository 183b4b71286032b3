using System.Text.RegularExpressions;

namespace IntacctMcp.Tools.FreeText;

/// <summary>
/// Tells whether a value typed into Sage reads like instructions to an AI assistant rather than accounting text.
/// </summary>
/// <remarks>
/// Bookkeeping text is full of imperatives ("Pay by 30th", "Create account for new hire", "Send statement monthly"), so
/// a verb alone never flags. A value is flagged for what ordinary books do not contain: words aimed at an assistant,
/// orders to ignore instructions, this server's tool names, a request to act paired with an exfiltration target or an
/// order not to ask, chat role markers, invisible characters, or a line too long for a memo. It is a heuristic: it
/// warns, it does not prove or guarantee anything.
/// </remarks>
internal static partial class SuspiciousTextDetector
{
    /// <summary>The longest line a memo or name plausibly has; longer lines are how injected prompts usually look.</summary>
    public const int MaxLineLength = 400;

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>Inspects a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>A short reason when the value looks like instructions to an assistant; otherwise <see langword="null"/>.</returns>
    public static string? Inspect(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (HiddenCharacters().IsMatch(value))
        {
            return "contains hidden or direction-changing characters";
        }

        if (value.Split('\n').Any(line => line.Length > MaxLineLength))
        {
            return "has a line of more than 400 characters";
        }

        if (IgnoreInstructions().IsMatch(value))
        {
            return "tells the assistant to ignore its instructions";
        }

        if (RoleMarker().IsMatch(value))
        {
            return "contains a chat role marker";
        }

        if (ToolName().IsMatch(value))
        {
            return "names a tool of this server";
        }

        if (AddressesAssistant().IsMatch(value))
        {
            return "is addressed to an AI assistant";
        }

        if (CallATool().IsMatch(value))
        {
            return "asks for a tool or API call";
        }

        if (WithoutAsking().IsMatch(value))
        {
            return "asks to act without the user's confirmation";
        }

        if (SendOutside().IsMatch(value))
        {
            return "asks to send data to an address or link";
        }

        if (CreateDocument().IsMatch(value))
        {
            return "asks to create a transaction";
        }

        if (MoveMoney().IsMatch(value))
        {
            return "asks to pay or transfer money";
        }

        return DeleteRecords().IsMatch(value) ? "asks to delete records" : null;
    }

    // Zero-width and joiner characters, bidi embeddings/overrides/isolates, invisible operators, BOM, soft hyphen,
    // C0/C1 controls other than tab and newlines, and Unicode tag characters (U+E0000 block, as surrogate pairs).
    [GeneratedRegex(@"[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\uDB40[\uDC00-\uDC7F]", RegexOptions.CultureInvariant)]
    private static partial Regex HiddenCharacters();

    [GeneratedRegex(@"\b(?:ignore|disregard|forget|override|bypass|skip)\b[^.\n]{0,40}?\b(?:previous|prior|above|earlier|preceding|all|any|your|the|system|these|those|other)\b[^.\n]{0,30}?\b(?:instructions?|prompts?|rules|directions|guidelines|guardrails|policies|context|messages?|commands?)\b", Options)]
    private static partial Regex IgnoreInstructions();

    // "system:" at the start of a line, chat-template tokens, Llama/Alpaca markers, instruction headings and tags.
    [GeneratedRegex(@"(?:^|\n)\s*(?:system|assistant|user|developer|human|ai)\s*:|<\|[a-z_]+\|>|\[/?(?:INST|SYS)\]|<</?SYS>>|</?(?:system|instructions?|prompt|assistant|tool_call)>|(?:^|\n)\s*#{2,}\s*(?:instruction|system|new|important|task|prompt|assistant)|\b(?:system prompt|new instructions|developer mode|jailbreak)\b", Options)]
    private static partial Regex RoleMarker();

    // This server's tool names follow verb_noun; ordinary text never contains such identifiers.
    [GeneratedRegex(@"\b(?:create|list|get|call|summarize|describe|test|query|update|delete|post|send)_[a-z][a-z0-9]*(?:_[a-z0-9]+)*\b|\btools/call\b", Options)]
    private static partial Regex ToolName();

    // Words aimed at the model: "AI:", "assistant, please", "Claude must", "as an AI", "you are now", "dear assistant".
    [GeneratedRegex(@"\b(?:assistant|ai|chatbot|copilot|claude|chatgpt|gpt(?:-\d)?|gemini|llm|language model)\b\s*(?:[,:]|\b(?:must|should|shall|will|needs? to|please|now)\b)|\b(?:as an? (?:ai|assistant|language model)|you are now|you're now|from now on,? you|dear (?:ai|assistant|model))\b|\bnote to (?:the )?(?:ai|assistant|model|llm)\b", Options)]
    private static partial Regex AddressesAssistant();

    [GeneratedRegex(@"\b(?:call|use|invoke|run|execute|trigger)\s+(?:the\s+|a\s+|this\s+)?(?:\w+\s+)?(?:tool|function|endpoint|api|mcp)\b", Options)]
    private static partial Regex CallATool();

    [GeneratedRegex(@"\b(?:without|no need to|don'?t|do not|never)\s+(?:ask|asking|confirm\w*|tell|telling|notify\w*|inform\w*|mention\w*|alert\w*)\s+(?:the\s+)?(?:user|anyone|anybody|them|human|finance|first)\b|\bwithout\s+(?:the\s+)?(?:user'?s?\s+)?(?:confirmation|permission)\b", Options)]
    private static partial Regex WithoutAsking();

    [GeneratedRegex(@"\b(?:send|email|e-mail|forward|upload|export|share|leak|exfiltrate|transmit|post)\b[^\n]{0,60}?\b(?:data|records|list|reports?|balances?|credentials|secrets?|tokens?|passwords?|keys?|results|everything|contents|details|history|ledger|vendors|customers|bank)\b[^\n]{0,60}?(?:[\w.+-]+@[\w-]+\.[\w.]+|https?://|www\.)", Options)]
    private static partial Regex SendOutside();

    [GeneratedRegex(@"\b(?:create|add|make|submit|issue)\s+(?:a|an|another|one|new|\d+)\s+(?:new\s+)?(?:vendor\s+|ap\s+|ar\s+|customer\s+)?(?:bill|invoice|journal entry|payment|vendor|customer|credit memo)s?\s+(?:for|to|of|with|from|against)\b", Options)]
    private static partial Regex CreateDocument();

    [GeneratedRegex(@"\b(?:pay|transfer|wire|send|remit)\s+(?:\$|usd\s*|eur\s*|€|£)?\s?\d[\d,]*(?:\.\d+)?\s*(?:usd|dollars)?\s+(?:to|into)\s+(?:(?:the\s+)?(?:account|iban|bank|routing|wallet)\b|[A-Z]{2}\d{2}[A-Z0-9]{8,})|\b(?:change|update)\s+(?:the\s+)?(?:bank|remit(?:tance)?|payment)\s+(?:details|account|info\w*)\s+to\b", Options)]
    private static partial Regex MoveMoney();

    [GeneratedRegex(@"\b(?:delete|remove|void|purge|wipe|erase)\s+(?:all|every|each|the other|any)\s+(?:of\s+the\s+)?(?:\w+\s+)?(?:bills?|invoices?|entries|records|vendors|customers|payments|transactions|accounts|data)\b", Options)]
    private static partial Regex DeleteRecords();
}
