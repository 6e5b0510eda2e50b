namespace Giosg.Client.Housekeeping;

/// <summary>The totals of a sweep: what it read, found and did.</summary>
public sealed record StaleChatSweepSummary
{
    /// <summary>Open chats read from the API.</summary>
    public long Scanned { get; init; }

    /// <summary>Chats of the wanted types idle past the threshold when listed.</summary>
    public long Candidates { get; init; }

    /// <summary>Chats ended.</summary>
    public long Ended { get; init; }

    /// <summary>Chats a dry run would have ended.</summary>
    public long WouldEnd { get; init; }

    /// <summary>Candidates left alone (active again, ended meanwhile, an excluded tag, the cap).</summary>
    public long Skipped { get; init; }

    /// <summary>Candidates whose ending failed.</summary>
    public long Failed { get; init; }

    /// <summary>True when -MaxCount stopped the sweep before the listing ended.</summary>
    public bool ReachedMaxCount { get; init; }

    /// <summary>Why the listing of open chats broke off, if it did; the candidates read before it were handled.</summary>
    public Exception? ListingError { get; init; }

    /// <summary>How long the sweep took.</summary>
    public TimeSpan Duration { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Scanned {Scanned} open chats, {Candidates} stale: {Ended} ended, {WouldEnd} would end, {Skipped} skipped, {Failed} failed in {Duration.TotalSeconds:0.0} s" +
        (ReachedMaxCount ? " (stopped at MaxCount)." : ".");
}
