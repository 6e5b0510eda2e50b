namespace Giosg.Client.Http;

/// <summary>
/// A connection-wide pause: when the API answers 429, every request of the connection (all the
/// sweep's workers) waits out the same Retry-After instead of each hammering on its own.
/// </summary>
internal sealed class RateGate
{
    private long _closedUntilTicks;

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
        var wait = new DateTimeOffset(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero) - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
        }
    }
}
