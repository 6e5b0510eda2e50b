namespace Giosg.Simulator;

/// <summary>
/// The simulator's "now". It stands still unless set, so seeded data, chat updates and tests agree on
/// what time it is without racing the wall clock.
/// </summary>
public sealed class SimulatorClock
{
    private long _utcTicks;

    internal SimulatorClock(DateTimeOffset now) => Now = now;

    /// <summary>The current simulated time in UTC; values are truncated to milliseconds, the API's precision.</summary>
    public DateTimeOffset Now
    {
        get => new(Interlocked.Read(ref _utcTicks), TimeSpan.Zero);
        set => Interlocked.Exchange(ref _utcTicks, value.UtcTicks - (value.UtcTicks % TimeSpan.TicksPerMillisecond));
    }

    internal long UtcTicks => Interlocked.Read(ref _utcTicks);
}
