namespace Giosg.Client.Http;

/// <summary>How hard a connection tries: attempts, waits, and time limits per attempt and per request.</summary>
public sealed record RetrySettings
{
    /// <summary>Retries after the first attempt (0 turns retrying off).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>
    /// The most a request may spend waiting before its attempts: backoff, Retry-After, and the
    /// connection-wide pause after a 429. Must be shorter than <see cref="RequestDeadline"/>.
    /// </summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The first backoff; it doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take, reading the body included (waits before it are not counted).</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a request may take over all its attempts and waits.</summary>
    public TimeSpan RequestDeadline { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Refuses values out of range and values that contradict each other.</summary>
    /// <exception cref="ArgumentException">A value out of range, or in conflict with another; <see cref="ArgumentException.ParamName"/> names the setting.</exception>
    internal void Validate()
    {
        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException($"MaxRetries must be between 0 and 20 (got {MaxRetries}).", nameof(MaxRetries));
        }

        if (MaxRetryWait < TimeSpan.Zero || BaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxRetryWait and the base delay cannot be negative (got {MaxRetryWait} and {BaseDelay}).", nameof(MaxRetryWait));
        }

        if (AttemptTimeout <= TimeSpan.Zero || RequestDeadline <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The attempt timeout and the request deadline must be positive (got {AttemptTimeout} and {RequestDeadline}).", nameof(AttemptTimeout));
        }

        if (AttemptTimeout > RequestDeadline)
        {
            throw new ArgumentException($"An attempt may take {Seconds(AttemptTimeout)}, longer than the whole request's deadline ({Seconds(RequestDeadline)}).", nameof(AttemptTimeout));
        }

        if (MaxRetryWait >= RequestDeadline)
        {
            // A budget the deadline cannot hold would let a request wait out a Retry-After only to
            // be cut off by the deadline before its next attempt: a timeout where the cause is the rate limit.
            throw new ArgumentException(
                $"MaxRetryWait ({Seconds(MaxRetryWait)}) must be shorter than the request deadline ({Seconds(RequestDeadline)}): a request that waited that long would have no time left for the attempt it waited for.",
                nameof(MaxRetryWait));
        }
    }

    internal static string Seconds(TimeSpan value) =>
        value.TotalSeconds.ToString(value.TotalSeconds < 10 ? "0.#" : "0", System.Globalization.CultureInfo.InvariantCulture) + " s";
}
