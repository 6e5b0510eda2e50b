namespace Giosg.Client.Http;

/// <summary>
/// A connection-wide pause: when the API answers 429 with a Retry-After that a request is going
/// to wait out, every request of the connection (all the sweep's workers) holds back for the same
/// pause instead of each hammering on its own. Requests wait on it before an attempt starts, outside
/// the attempt's timeout, and pay the wait from their own wait budget (<see cref="GiosgTransport"/>).
/// </summary>
internal sealed class RateGate
{
    private long _closedUntilTicks;

    /// <summary>How long the gate stays closed from now; zero when it is open.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var wait = new DateTimeOffset(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero) - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
    }

    /// <summary>Closes the gate until <paramref name="until"/> (never shortens a longer pause).</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        var ticks = until.UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _closedUntilTicks);
            if (current >= ticks)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _closedUntilTicks, ticks, current) != current);
    }

    /// <summary>Waits until the gate is open.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var wait = Remaining;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }
}
