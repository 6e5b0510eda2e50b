using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;

namespace Giosg.Client.Tests.Housekeeping;

/// <summary>Approves (or not) every candidate and keeps what the sweep reports, noting the thread it ran on.</summary>
internal sealed class RecordingSweepObserver(bool approve = true) : ISweepObserver
{
    private readonly int _thread = Environment.CurrentManagedThreadId;

    public List<StaleChatResult> Results { get; } = [];

    public int ProgressReports { get; private set; }

    public bool AllCallsOnTheDrivingThread { get; private set; } = true;

    /// <summary>Decides per candidate; null answers End (or WouldEnd for a dry-run observer).</summary>
    public Func<Chat, SweepApproval>? Decide { get; init; }

    /// <summary>Throws from <see cref="Report"/> once this many results were reported (a stopped pipeline).</summary>
    public int? ThrowAfter { get; init; }

    public StaleChatSweepSummary? StoppedSummary { get; private set; }

    public List<StaleChatResult> Unreported { get; } = [];

    public SweepApproval Approve(Chat candidate, TimeSpan idleTime)
    {
        Check();
        return Decide?.Invoke(candidate) ?? (approve ? SweepApproval.End : SweepApproval.WouldEnd);
    }

    public void Stopped(StaleChatSweepSummary summary, IReadOnlyList<StaleChatResult> unreported)
    {
        Check();
        StoppedSummary = summary;
        Unreported.AddRange(unreported);
    }

    public void Report(StaleChatResult result)
    {
        Check();
        Results.Add(result);
        if (Results.Count == ThrowAfter)
        {
            throw new ObserverFailedException();
        }
    }

    public void Progress(SweepProgress progress)
    {
        Check();
        ProgressReports++;
    }

    private void Check() => AllCallsOnTheDrivingThread &= Environment.CurrentManagedThreadId == _thread;
}

/// <summary>What a failing observer throws, standing in for PowerShell's pipeline-stopped exceptions.</summary>
internal sealed class ObserverFailedException : Exception
{
    public ObserverFailedException()
        : base("The observer failed.")
    {
    }
}
