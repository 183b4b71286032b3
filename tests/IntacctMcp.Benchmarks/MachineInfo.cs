using System.Runtime.InteropServices;

namespace IntacctMcp.Benchmarks;

/// <summary>The machine the figures were taken on.</summary>
internal sealed record MachineInfo(string Cpu, int Cores, long MemoryMiB, string Os, string Runtime)
{
    public static MachineInfo Current()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return new MachineInfo(
            cpu ?? RuntimeInformation.ProcessArchitecture.ToString(),
            Environment.ProcessorCount,
            GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024),
            RuntimeInformation.OSDescription,
            RuntimeInformation.FrameworkDescription);
    }

    public override string ToString() => $"{Cpu}, {Cores} cores, {MemoryMiB / 1024.0:0.#} GiB, {Os}, {Runtime}";
}
