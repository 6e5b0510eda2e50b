using System.Runtime.InteropServices;

namespace Giosg.Benchmarks.Reporting;

/// <summary>The machine a run measured, in one line for the results.</summary>
internal static class MachineInfo
{
    public static string Describe()
    {
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return $"{Environment.ProcessorCount} logical cores{CpuModel()}, {memory / 1024.0 / 1024 / 1024:0.0} GiB memory, "
            + $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}, "
            + $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC";
    }

    /// <summary>
    /// The one-minute load average, where the OS reports it: other work on the machine shows up in
    /// the figures, so each part of the results says how busy the machine was when it started.
    /// </summary>
    public static string LoadAverage()
    {
        const string LoadAverages = "/proc/loadavg";
        return File.Exists(LoadAverages) ? File.ReadAllText(LoadAverages).Split(' ')[0] : "n/a";
    }

    private static string CpuModel()
    {
        const string CpuInfo = "/proc/cpuinfo";
        if (!File.Exists(CpuInfo))
        {
            return string.Empty;
        }

        var model = File.ReadLines(CpuInfo).FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal));
        return model is null ? string.Empty : $" ({model[(model.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()})";
    }
}
