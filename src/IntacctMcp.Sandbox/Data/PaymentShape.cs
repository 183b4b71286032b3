namespace IntacctMcp.Sandbox.Data;

/// <summary>What differs between an AP payment and an AR receipt in the demo data.</summary>
/// <param name="Object">The payment object.</param>
/// <param name="PartyField">The vendor or customer reference.</param>
/// <param name="DateField">The payment or receipt date field.</param>
/// <param name="DocumentField">The detail's reference to the bill or invoice paid.</param>
/// <param name="Methods">The payment methods to draw from.</param>
internal sealed record PaymentShape(string Object, string PartyField, string DateField, string DocumentField, IReadOnlyList<string> Methods);
