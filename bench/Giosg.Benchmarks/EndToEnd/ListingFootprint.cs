using System.Text.Json.Serialization;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>What one listing cost the process that ran it, reported by a child process to the harness.</summary>
internal sealed record ListingFootprint
{
    public long Chats { get; init; }

    public double WallMilliseconds { get; init; }

    /// <summary>CPU time of the whole process (every thread, GC included) during the listing.</summary>
    public double CpuMilliseconds { get; init; }

    /// <summary>Bytes the GC allocated during the listing; grows with the chats even when little is kept.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>The process's peak resident set since it started (VmHWM on Linux).</summary>
    public long PeakWorkingSetBytes { get; init; }

    /// <summary>The largest managed heap seen while sampling every few milliseconds.</summary>
    public long PeakManagedHeapBytes { get; init; }

    /// <summary>Live managed bytes after a full collection once a tenth of the chats were handed out.</summary>
    public long LiveHeapEarlyBytes { get; init; }

    /// <summary>Live managed bytes after a full collection at the last chat, the listing still open.</summary>
    public long LiveHeapLateBytes { get; init; }

    /// <summary>Gen 2 collections the listing caused (the two probes' forced ones left out).</summary>
    public int Gen2Collections { get; init; }

    public double CpuMicrosecondsPerChat => Chats == 0 ? 0 : CpuMilliseconds * 1000 / Chats;

    public double AllocatedBytesPerChat => Chats == 0 ? 0 : (double)AllocatedBytes / Chats;
}

[JsonSerializable(typeof(ListingFootprint))]
internal sealed partial class FootprintJsonContext : JsonSerializerContext
{
}
