using IntacctMcp.Intacct.Errors;

namespace IntacctMcp.Intacct.Objects;

/// <summary>Builds <c>/objects/{application}/{object}[/{key}]</c> paths from caller input, refusing anything that could leave that shape.</summary>
internal static class IntacctObjectPath
{
    /// <summary>Builds the path of an object or one of its records.</summary>
    /// <param name="objectName">The object, <c>application/object</c>.</param>
    /// <param name="keys">The record key(s), joined with commas for batch reads; none for the collection.</param>
    /// <returns>The path relative to the API base.</returns>
    /// <exception cref="IntacctRequestRefusedException">The name or a key is malformed.</exception>
    public static string Build(string objectName, params IReadOnlyList<string> keys)
    {
        var (application, name) = Split(objectName);
        var path = $"/objects/{application}/{EscapeSegment(name)}";
        if (keys.Count == 0)
        {
            return path;
        }

        foreach (var key in keys)
        {
            if (string.IsNullOrWhiteSpace(key) || !IsSafeText(key) || key.Contains(',', StringComparison.Ordinal) || key is "." or "..")
            {
                throw new IntacctRequestRefusedException($"The record key '{Printable(key)}' of {objectName} is not valid: a key is Sage's system record key (e.g. \"194\"), without '/', ',', '%' or control characters. Nothing was sent.");
            }
        }

        return path + "/" + string.Join(',', keys.Select(EscapeSegment));
    }

    /// <summary>Splits and checks an object name.</summary>
    /// <param name="objectName">The object, <c>application/object</c>.</param>
    /// <returns>The application and object parts.</returns>
    /// <exception cref="IntacctRequestRefusedException">The name is malformed.</exception>
    public static (string Application, string Object) Split(string objectName)
    {
        var slash = objectName?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (objectName is null || slash <= 0 || slash == objectName.Length - 1)
        {
            throw Malformed(objectName);
        }

        var application = objectName[..slash];
        var name = objectName[(slash + 1)..];
        if (!application.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') || !IsSafeText(name) || name is "." or ".." || name.Contains(',', StringComparison.Ordinal))
        {
            throw Malformed(objectName);
        }

        return (application, name);
    }

    private static IntacctRequestRefusedException Malformed(string? objectName) =>
        new($"'{Printable(objectName)}' is not an object name. Use application/object, e.g. accounts-payable/bill or order-entry/document::Sales Invoice. Nothing was sent.");

    private static bool IsSafeText(string text) =>
        text.All(c => !char.IsControl(c) && c is not '/' and not '\\' and not '?' and not '#' and not '%');

    // Sage's "::" forms (document::Sales Invoice, nsp::custom) keep their colons; everything else is escaped.
    private static string EscapeSegment(string segment) => Uri.EscapeDataString(segment).Replace("%3A", ":", StringComparison.OrdinalIgnoreCase);

    private static string Printable(string? text) =>
        text is null ? "(null)" : new string([.. text.Take(100).Select(c => char.IsControl(c) ? '?' : c)]);
}
