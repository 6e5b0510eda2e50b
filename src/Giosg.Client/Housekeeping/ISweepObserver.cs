namespace Giosg.Client.Housekeeping;

/// <summary>
/// The sweep's caller. Every call happens on the thread that runs
/// <see cref="StaleChatSweep.Run"/>, so a cmdlet can prompt and write from it.
/// </summary>
public interface ISweepObserver
{
    /// <summary>Asks whether to end <paramref name="candidate"/>; false makes it a <see cref="StaleChatOutcome.WouldEnd"/> (a dry run).</summary>
    bool Approve(Chats.Chat candidate, TimeSpan idleFor);

    /// <summary>One candidate's result.</summary>
    void Report(StaleChatResult result);

    /// <summary>The sweep's progress, at most a few times a second.</summary>
    void Progress(SweepProgress progress);
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
