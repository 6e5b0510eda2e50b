using System.Diagnostics;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// Measures what a listing keeps alive: a full collection when a tenth of the chats and when the
/// last chat have been handed out, while the listing is still open. Anything that grows between
/// the two readings grows with the listing's length. The probes' own time is kept apart so the
/// listing's wall and CPU figures can leave it out.
/// </summary>
internal sealed class LiveHeapProbe(long chats)
{
    private readonly long _early = Math.Max(1, chats / 10);

    public long EarlyBytes { get; private set; }

    public long LateBytes { get; private set; }

    public TimeSpan Wall { get; private set; }

    public TimeSpan ProcessorTime { get; private set; }

    /// <summary>The gen 2 collections the probe forced (one reading may take several).</summary>
    public int Collections { get; private set; }

    public void AfterChat(long count)
    {
        if (count == _early)
        {
            EarlyBytes = Measure();
        }

        if (count == chats)
        {
            LateBytes = Measure();
        }
    }

    private long Measure()
    {
        var cpu = Listings.CurrentProcessorTime();
        var clock = Stopwatch.StartNew();
        var collections = GC.CollectionCount(2);
        var live = GC.GetTotalMemory(forceFullCollection: true);
        Collections += GC.CollectionCount(2) - collections;
        Wall += clock.Elapsed;
        ProcessorTime += Listings.CurrentProcessorTime() - cpu;
        return live;
    }
}
