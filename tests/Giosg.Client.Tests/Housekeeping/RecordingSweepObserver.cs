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

    public bool Approve(Chat candidate, TimeSpan idleFor)
    {
        Check();
        return approve;
    }

    public void Report(StaleChatResult result)
    {
        Check();
        Results.Add(result);
    }

    public void Progress(SweepProgress progress)
    {
        Check();
        ProgressReports++;
    }

    private void Check() => AllCallsOnTheDrivingThread &= Environment.CurrentManagedThreadId == _thread;
}
