namespace IntacctMcp.Tools.Confirmation;

/// <summary>The sealed content of a confirmation token or of the state of a question to the user.</summary>
/// <param name="Id">A random ID, for single use.</param>
/// <param name="Kind"><see cref="TokenKind"/> or <see cref="AskKind"/>: a token cannot stand in for an answer, nor the reverse.</param>
/// <param name="Binding">What it is bound to.</param>
/// <param name="ExpiresAt">When it stops being accepted.</param>
internal sealed record ConfirmationTicket(string Id, string Kind, ConfirmationBinding Binding, DateTimeOffset ExpiresAt)
{
    /// <summary>The kind of a confirmation token (<c>--confirm-writes</c>).</summary>
    public const string TokenKind = "token";

    /// <summary>The kind of the state carried while the client asks the user.</summary>
    public const string AskKind = "ask";
}
