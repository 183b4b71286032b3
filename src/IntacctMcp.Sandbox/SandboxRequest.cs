namespace IntacctMcp.Sandbox;

/// <summary>A request the sandbox received under <c>/ia/api/v1</c>, as <see cref="SandboxOptions.RequestObserver"/> sees it.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path below <c>/ia/api/v1</c>, e.g. <c>/services/core/query</c>.</param>
/// <param name="Body">The JSON body, or null.</param>
public sealed record SandboxRequest(string Method, string Path, string? Body);
