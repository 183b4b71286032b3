namespace IntacctMcp.Tools.Completions;

/// <summary>How a typed prefix matches a value: at its start, or at the start of any word ("Ac" finds "Acme Maintenance", "Main" too).</summary>
internal static class PrefixMatch
{
    /// <summary>Gets whether a value starts with the prefix (any case).</summary>
    /// <param name="value">The value.</param>
    /// <param name="prefix">What the user typed.</param>
    /// <returns>Whether it matches.</returns>
    public static bool Starts(string? value, string prefix) =>
        value is not null && value.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Gets whether any word of a value starts with the prefix (any case).</summary>
    /// <param name="value">The value.</param>
    /// <param name="prefix">What the user typed.</param>
    /// <returns>Whether it matches.</returns>
    public static bool AnyWord(string? value, string prefix)
    {
        if (value is null)
        {
            return false;
        }

        if (prefix.Length == 0 || Starts(value, prefix))
        {
            return true;
        }

        for (var i = value.IndexOf(prefix, StringComparison.OrdinalIgnoreCase); i > 0; i = value.IndexOf(prefix, i + 1, StringComparison.OrdinalIgnoreCase))
        {
            if (!char.IsLetterOrDigit(value[i - 1]))
            {
                return true;
            }
        }

        return false;
    }
}
