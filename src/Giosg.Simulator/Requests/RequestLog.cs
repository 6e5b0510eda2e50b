using System.Collections.Concurrent;

namespace Giosg.Simulator;

/// <summary>
/// Every API request the simulator served, and how many were in flight at once: what tests and
/// benchmarks check to prove a client's paging, retries and concurrency. Thread-safe and cheap.
/// </summary>
public sealed class RequestLog
{
    private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(10);

    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>API requests being served right now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most API requests served at once since start or the last <see cref="ResetMaxInFlight"/>.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Number of logged requests.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// The logged requests in completion order, read once no API request is being served (waiting up to
    /// ten seconds): a request is logged when its response has completed, which a client may see a moment
    /// before the server's bookkeeping runs, so a reader right after an answer would otherwise miss it.
    /// </summary>
    public IReadOnlyList<LoggedRequest> Snapshot()
    {
        WaitUntilIdle(SettleTimeout);
        return _entries.ToArray();
    }

    /// <summary>
    /// Waits until no API request is being served, up to <paramref name="timeout"/>. A client that got its
    /// answer, or gave up on one, may be ahead of the server, which logs a request only once its response
    /// has completed: tests wait for this before they read the log as final.
    /// </summary>
    /// <returns><see langword="false"/> when requests were still being served at the timeout.</returns>
    public bool WaitUntilIdle(TimeSpan timeout) => SpinWait.SpinUntil(() => InFlight == 0, timeout);

    /// <summary>The logged requests that arrived after <paramref name="time"/> (wall clock).</summary>
    public IReadOnlyList<LoggedRequest> StartedAfter(DateTimeOffset time) => Snapshot().Where(entry => entry.StartedAt > time).ToArray();

    /// <summary>
    /// Forgets the logged requests once none is being served (waiting up to ten seconds), so a request a
    /// client abandoned earlier cannot land in the log after it was cleared. In-flight counters are kept.
    /// </summary>
    public void Clear()
    {
        WaitUntilIdle(SettleTimeout);
        _entries.Clear();
    }

    /// <summary>Restarts <see cref="MaxInFlight"/> from the requests in flight now.</summary>
    public void ResetMaxInFlight() => Volatile.Write(ref _maxInFlight, InFlight);

    internal void Started()
    {
        var inFlight = Interlocked.Increment(ref _inFlight);
        var max = Volatile.Read(ref _maxInFlight);
        while (inFlight > max)
        {
            var seen = Interlocked.CompareExchange(ref _maxInFlight, inFlight, max);
            if (seen == max)
            {
                break;
            }

            max = seen;
        }
    }

    internal void Finished(LoggedRequest request)
    {
        // Log before leaving flight: whoever sees InFlight drop to zero also sees the entry.
        _entries.Enqueue(request);
        Interlocked.Decrement(ref _inFlight);
    }
}
