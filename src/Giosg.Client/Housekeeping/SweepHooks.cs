namespace Giosg.Client.Housekeeping;

/// <summary>The hand-offs of a sweep, where tests inject delays to shake out races.</summary>
internal enum SweepPoint
{
    /// <summary>The listing read one chat (calling thread).</summary>
    Listed,

    /// <summary>The dispatcher is about to ask for approval and start a worker (calling thread).</summary>
    Dispatching,

    /// <summary>A worker started (pool thread).</summary>
    WorkerStarted,

    /// <summary>A worker is about to send the end request (pool thread).</summary>
    BeforeEnd,

    /// <summary>A worker is about to hand its result over (pool thread).</summary>
    ResultWriting,

    /// <summary>The dispatcher took a result (calling thread).</summary>
    ResultRead,
}

/// <summary>A test hook called at each <see cref="SweepPoint"/>; the default does nothing.</summary>
internal class SweepHooks
{
    public static readonly SweepHooks None = new();

    public virtual ValueTask At(SweepPoint point) => default;
}
