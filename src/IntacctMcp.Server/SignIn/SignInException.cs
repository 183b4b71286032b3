namespace IntacctMcp.Server.SignIn;

/// <summary>A sign-in that cannot go on; the message is one line naming the problem and the fix.</summary>
/// <param name="message">The message.</param>
internal sealed class SignInException(string message) : Exception(message);
