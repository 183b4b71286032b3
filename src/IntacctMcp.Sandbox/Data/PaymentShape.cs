using IntacctMcp.Sandbox.Model;

namespace IntacctMcp.Sandbox.Data;

/// <summary>What differs between an AP payment and an AR receipt in the demo data.</summary>
/// <param name="Parts">Where Sage keeps the payment's party, date, details and amounts.</param>
/// <param name="Methods">The payment methods to draw from.</param>
internal sealed record PaymentShape(PaymentParts Parts, IReadOnlyList<string> Methods);
