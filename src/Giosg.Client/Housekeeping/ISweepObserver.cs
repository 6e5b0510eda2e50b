namespace Giosg.Client.Housekeeping;

/// <summary>
/// The sweep's caller. Every call happens on the thread that runs
/// <see cref="StaleChatSweep.Run"/>, so a cmdlet can prompt and write from it.
/// </summary>
public interface ISweepObserver
{
    /// <summary>Asks whether to end <paramref name="candidate"/>, idle for <paramref name="idleTime"/> when the run began.</summary>
    SweepApproval Approve(Chats.Chat candidate, TimeSpan idleTime);

    /// <summary>One candidate's result.</summary>
    void Report(StaleChatResult result);

    /// <summary>The sweep's progress, at most a few times a second.</summary>
    void Progress(SweepProgress progress);

    /// <summary>
    /// The run is ending early (an exception, Ctrl+C, a stopped pipeline, an error thrown by this observer):
    /// every worker has finished; <paramref name="unreported"/> are the results not yet passed to
    /// <see cref="Report"/> (endings already sent when it stopped). An exception thrown here is ignored:
    /// the original one propagates.
    /// </summary>
    void Stopped(StaleChatSweepSummary summary, IReadOnlyList<StaleChatResult> unreported);
}

/// <summary>Counters for a progress bar.</summary>
/// <param name="Scanned">Open chats read so far.</param>
/// <param name="Candidates">Stale candidates found so far.</param>
/// <param name="Ended">Chats ended so far.</param>
/// <param name="Elapsed">Time since the sweep started.</param>
public readonly record struct SweepProgress(long Scanned, long Candidates, long Ended, TimeSpan Elapsed)
{
    /// <summary>Chats read per second.</summary>
    public double ScannedPerSecond => Elapsed.TotalSeconds > 0 ? Scanned / Elapsed.TotalSeconds : 0;
}
