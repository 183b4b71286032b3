using IntacctMcp.Sandbox;

await SandboxProgram.RunAsync(args);
