namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// Samples the managed heap's size every few milliseconds on its own thread and keeps the largest:
/// the peak of a sawtooth that no single end-of-run reading shows.
/// </summary>
internal sealed class HeapSampler : IDisposable
{
    private const int IntervalMilliseconds = 5;

    private readonly Thread _thread;
    private volatile bool _stopped;
    private long _peak;

    public HeapSampler()
    {
        _thread = new Thread(Sample) { IsBackground = true, Name = "heap sampler" };
        _thread.Start();
    }

    /// <summary>Stops sampling and returns the largest heap seen.</summary>
    public long Stop()
    {
        _stopped = true;
        _thread.Join();
        return Math.Max(Interlocked.Read(ref _peak), GC.GetTotalMemory(forceFullCollection: false));
    }

    public void Dispose()
    {
        if (!_stopped)
        {
            Stop();
        }
    }

    private void Sample()
    {
        while (!_stopped)
        {
            var size = GC.GetTotalMemory(forceFullCollection: false);
            if (size > Interlocked.Read(ref _peak))
            {
                Interlocked.Exchange(ref _peak, size);
            }

            Thread.Sleep(IntervalMilliseconds);
        }
    }
}
