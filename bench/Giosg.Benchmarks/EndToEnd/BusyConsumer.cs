using System.Diagnostics;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// Work done on each chat, like a pipeline that formats or filters it. It spins rather than sleeps:
/// a sleep shorter than a millisecond is not honoured, and real pipeline work keeps a core busy.
/// </summary>
internal static class BusyConsumer
{
    public static void Work(TimeSpan cost)
    {
        if (cost <= TimeSpan.Zero)
        {
            return;
        }

        var until = Stopwatch.GetTimestamp() + (long)(cost.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < until)
        {
            Thread.SpinWait(16);
        }
    }
}
