namespace Giosg.Benchmarks.EndToEnd;

/// <summary>One timed listing: how many chats, how long in all, and when the first chat was usable.</summary>
/// <param name="ProcessorTime">CPU time this process spent during the listing (all its threads).</param>
internal sealed record ListingRun(long Count, TimeSpan Wall, TimeSpan FirstChat, TimeSpan ProcessorTime)
{
    public double CpuMicrosecondsPerChat => Count == 0 ? 0 : ProcessorTime.TotalMicroseconds / Count;
}
