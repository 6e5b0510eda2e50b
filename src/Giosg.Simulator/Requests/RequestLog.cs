using System.Collections.Concurrent;

namespace Giosg.Simulator;

/// <summary>
/// Every API request the simulator served, and how many were in flight at once: what tests and
/// benchmarks check to prove a client's paging, retries and concurrency. Thread-safe and cheap.
/// </summary>
public sealed class RequestLog
{
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private int _inFlight;
    private int _maxInFlight;

    /// <summary>API requests being served right now.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    /// <summary>The most API requests served at once since start or the last <see cref="ResetMaxInFlight"/>.</summary>
    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    /// <summary>Number of logged requests.</summary>
    public int Count => _entries.Count;

    /// <summary>The logged requests in completion order.</summary>
    public IReadOnlyList<LoggedRequest> Snapshot() => _entries.ToArray();

    /// <summary>Forgets the logged requests (in-flight counters are kept).</summary>
    public void Clear() => _entries.Clear();

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
