namespace IntacctMcp.Tools.Querying;

/// <summary>What differs between AP and AR payments.</summary>
/// <param name="Object">The object.</param>
/// <param name="Party">The party reference.</param>
/// <param name="DateField">The payment date field.</param>
/// <param name="Header">What the rows are.</param>
internal sealed record PaymentSpec(string Object, string Party, string DateField, string Header);
