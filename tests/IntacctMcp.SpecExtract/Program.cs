using IntacctMcp.SpecExtract;

return SpecRefresh.Run(args, TimeProvider.System, Console.Out);
