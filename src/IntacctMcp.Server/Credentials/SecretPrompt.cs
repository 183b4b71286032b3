using System.Text;

namespace IntacctMcp.Server.Credentials;

/// <summary>Reads the client secret: hidden from the terminal, or the first line of redirected standard input.</summary>
internal static class SecretPrompt
{
    /// <summary>Tells whether the reader is the interactive console (so keys can be read without echo).</summary>
    public static bool IsInteractiveConsole(TextReader stdin) => ReferenceEquals(stdin, Console.In) && !Console.IsInputRedirected;

    /// <summary>Reads the first line of standard input, trimmed (a secret piped in with a trailing newline or spaces).</summary>
    public static async Task<string> ReadLineAsync(TextReader stdin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stdin);
        return (await stdin.ReadLineAsync(cancellationToken) ?? string.Empty).Trim();
    }

    /// <summary>Reads keys without echoing them until Enter; Backspace deletes, nothing is shown.</summary>
    /// <param name="prompt">Where the prompt goes (standard error, so that standard output stays clean).</param>
    /// <param name="text">The prompt text.</param>
    public static string ReadHidden(TextWriter prompt, string text)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        prompt.Write(text);
        prompt.Flush();
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }

                continue;
            }

            if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        prompt.WriteLine();
        return secret.ToString().Trim();
    }
}
