namespace Giosg.Client.Housekeeping;

/// <summary>The totals of a sweep: what it read, found and did.</summary>
public sealed record StaleChatSweepSummary
{
    /// <summary>Open chats read from the API, over every listing pass.</summary>
    public long Scanned { get; init; }

    /// <summary>Distinct chats of the wanted types idle past the threshold when listed.</summary>
    public long Candidates { get; init; }

    /// <summary>Chats ended.</summary>
    public long Ended { get; init; }

    /// <summary>Chats a dry run would have ended.</summary>
    public long WouldEnd { get; init; }

    /// <summary>Candidates left alone after the re-read (active again, ended meanwhile, an excluded tag, another organization's room).</summary>
    public long Skipped { get; init; }

    /// <summary>Candidates whose ending failed.</summary>
    public long Failed { get; init; }

    /// <summary>Candidates the caller declined (-Confirm: No).</summary>
    public long Declined { get; init; }

    /// <summary>Candidates never handled: left when -MaxCount was reached or the run was stopped. They have no per-chat record.</summary>
    public long NotHandled { get; init; }

    /// <summary>End requests sent (ended, failed, or found already ended); never more than -MaxCount.</summary>
    public long EndRequests { get; init; }

    /// <summary>Listing passes run: the first, plus confirming passes until one found no new candidate.</summary>
    public int Passes { get; init; }

    /// <summary>True when the last listing pass found no candidate the earlier passes had missed: the sweep is complete.</summary>
    public bool Converged { get; init; }

    /// <summary>True when -MaxCount stopped the sweep.</summary>
    public bool ReachedMaxCount { get; init; }

    /// <summary>True when the run was stopped early (Ctrl+C, a stopped pipeline, an exception).</summary>
    public bool Stopped { get; init; }

    /// <summary>Why a listing of open chats broke off, if one did; the candidates read before it were handled.</summary>
    public Exception? ListingError { get; init; }

    /// <summary>How long the sweep took.</summary>
    public TimeSpan Duration { get; init; }

    /// <inheritdoc />
    public override string ToString() =>
        $"Scanned {Scanned} open chats in {Passes} pass(es), {Candidates} stale: {Ended} ended, {WouldEnd} would end, {Skipped} skipped, {Failed} failed, {Declined} declined, {NotHandled} not handled; {EndRequests} end requests in {Duration.TotalSeconds:0.0} s" +
        (ReachedMaxCount ? " (stopped at MaxCount)." : Stopped ? " (stopped early)." : Converged ? "." : " (did not converge: run it again).");
}
