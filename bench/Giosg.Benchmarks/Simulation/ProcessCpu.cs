using System.Diagnostics;

namespace Giosg.Benchmarks.Simulation;

/// <summary>Reads a child process's CPU time while it runs.</summary>
internal static class ProcessCpu
{
    public static TimeSpan? Of(Process process)
    {
        try
        {
            process.Refresh();
            return process.HasExited ? null : process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
