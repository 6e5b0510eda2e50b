namespace Giosg.Client.Http;

/// <summary>How hard a connection tries: attempts, waits, and time limits per attempt and per request.</summary>
public sealed record RetrySettings
{
    /// <summary>Retries after the first attempt (0 turns retrying off).</summary>
    public int MaxRetries { get; init; } = 4;

    /// <summary>The most a request may spend waiting between attempts, Retry-After included.</summary>
    public TimeSpan MaxRetryWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The first backoff; it doubles per retry, with jitter.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take, reading the body included.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a request may take over all its attempts and waits.</summary>
    public TimeSpan RequestDeadline { get; init; } = TimeSpan.FromMinutes(3);

    /// <exception cref="ArgumentException">A value out of range.</exception>
    internal void Validate()
    {
        if (MaxRetries is < 0 or > 20)
        {
            throw new ArgumentException($"MaxRetries must be between 0 and 20 (got {MaxRetries}).");
        }

        if (MaxRetryWait < TimeSpan.Zero || BaseDelay < TimeSpan.Zero)
        {
            throw new ArgumentException($"MaxRetryWait and the base delay cannot be negative (got {MaxRetryWait} and {BaseDelay}).");
        }

        if (AttemptTimeout <= TimeSpan.Zero || RequestDeadline <= TimeSpan.Zero)
        {
            throw new ArgumentException($"The attempt timeout and the request deadline must be positive (got {AttemptTimeout} and {RequestDeadline}).");
        }
    }
}
