using System.Globalization;

namespace Giosg.Simulator;

/// <summary>
/// The <c>Retry-After</c> header of an injected status: whole seconds, an HTTP date that many seconds
/// from the wall-clock time of the answer (clients compare it with their own clock, not the
/// simulator's), or none at all.
/// </summary>
public sealed record RetryAfter
{
    private RetryAfter(int? seconds, bool asHttpDate)
    {
        Delay = seconds;
        AsHttpDate = asHttpDate;
    }

    /// <summary>No <c>Retry-After</c> header, not even on a 429.</summary>
    public static RetryAfter None { get; } = new(null, false);

    /// <summary>Seconds the client is asked to wait; <see langword="null"/> for <see cref="None"/>.</summary>
    public int? Delay { get; }

    /// <summary>Whether the header is an HTTP date (<c>Wed, 21 Oct 2026 07:28:00 GMT</c>) rather than seconds.</summary>
    public bool AsHttpDate { get; }

    /// <summary><c>Retry-After: {seconds}</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seconds"/> is negative.</exception>
    public static RetryAfter Seconds(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        return new(seconds, false);
    }

    /// <summary><c>Retry-After: {HTTP date}</c>, <paramref name="seconds"/> after the answer (rounded up to whole seconds, as the format needs).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="seconds"/> is negative.</exception>
    public static RetryAfter HttpDate(int seconds)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seconds);
        return new(seconds, true);
    }

    /// <inheritdoc />
    public override string ToString() => Delay is not { } seconds ? "none" : AsHttpDate ? $"date+{seconds}" : $"{seconds}";

    /// <summary>The header's value at <paramref name="now"/>, or <see langword="null"/> for none.</summary>
    internal string? HeaderValue(DateTimeOffset now)
    {
        if (Delay is not { } seconds)
        {
            return null;
        }

        if (!AsHttpDate)
        {
            return seconds.ToString(CultureInfo.InvariantCulture);
        }

        // Round up: a date truncated to the second would ask for less than the promised wait.
        var ticks = now.UtcTicks + (seconds * TimeSpan.TicksPerSecond);
        var whole = ticks + ((TimeSpan.TicksPerSecond - (ticks % TimeSpan.TicksPerSecond)) % TimeSpan.TicksPerSecond);
        return new DateTimeOffset(whole, TimeSpan.Zero).ToString("R", CultureInfo.InvariantCulture);
    }
}
