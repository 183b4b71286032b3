using IntacctMcp.Samples.Client;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

// Usage: dotnet run --project samples/IntacctMcp.Samples.Client [-- --server-dll path/to/intacct-mcp.dll]
// Without --server-dll the server is started from this checkout with `dotnet run`.
var serverDll = args.SkipWhile(a => a != "--server-dll").Skip(1).FirstOrDefault();
string[] serverArgs = ["stdio", "--sandbox", "--allow-writes"];
var transportOptions = serverDll is not null
    ? new StdioClientTransportOptions { Name = "intacct-mcp", Command = "dotnet", Arguments = [serverDll, .. serverArgs] }
    : new StdioClientTransportOptions
    {
        Name = "intacct-mcp",
        Command = "dotnet",
        Arguments = ["run", "--project", RepositoryPaths.ServerProject(), "--", .. serverArgs],
    };

using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
await using var client = await McpClient.CreateAsync(new StdioClientTransport(transportOptions), cancellationToken: timeout.Token);

var tools = await client.ListToolsAsync(cancellationToken: timeout.Token);
Console.WriteLine($"Connected to {client.ServerInfo?.Name} {client.ServerInfo?.Version}: {tools.Count} tools");
Console.WriteLine(string.Join(", ", tools.Select(t => t.Name)));

var failures = 0;
foreach (var question in Question.ProductBrief)
{
    Console.WriteLine();
    Console.WriteLine($"Q{question.Number}. {question.Text}");
    Console.WriteLine($"    → {question.Tool}({string.Join(", ", question.Arguments.Select(a => $"{a.Key}: {a.Value}"))})");
    var result = await client.CallToolAsync(question.Tool, question.Arguments, cancellationToken: timeout.Token);
    if (result.IsError == true)
    {
        failures++;
    }

    foreach (var block in result.Content.OfType<TextContentBlock>())
    {
        Console.WriteLine(block.Text);
    }
}

Console.WriteLine();
Console.WriteLine(failures == 0 ? "All five questions answered." : $"{failures} question(s) failed.");
return failures == 0 ? 0 : 1;
