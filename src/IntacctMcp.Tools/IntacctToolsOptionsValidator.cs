using Microsoft.Extensions.Options;

namespace IntacctMcp.Tools;

/// <summary>Validates <see cref="IntacctToolsOptions"/> at start-up; a bad value stops the server with one line naming the setting.</summary>
internal sealed class IntacctToolsOptionsValidator : IValidateOptions<IntacctToolsOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, IntacctToolsOptions options)
    {
        var freeText = options.FreeText?.Trim();

        // Fail closed: a typo in a setting meant to be stricter must not quietly serve the default.
        return string.Equals(freeText, IntacctToolsOptions.FreeTextFull, StringComparison.OrdinalIgnoreCase)
            || string.Equals(freeText, IntacctToolsOptions.FreeTextOmit, StringComparison.OrdinalIgnoreCase)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{IntacctToolsOptions.SectionName}:{nameof(IntacctToolsOptions.FreeText)} must be full or omit, not '{freeText}' (--free-text full|omit).");
    }
}
