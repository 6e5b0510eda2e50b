using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>An unattended sweep (<c>-Force</c>): approves every candidate and prints nothing.</summary>
internal sealed class ApproveAllObserver : ISweepObserver
{
    public SweepApproval Approve(Chat candidate, TimeSpan idleTime) => SweepApproval.End;

    public void Stopped(StaleChatSweepSummary summary, IReadOnlyList<StaleChatResult> unreported)
    {
    }

    public void Report(StaleChatResult result)
    {
    }

    public void Progress(SweepProgress progress)
    {
    }
}
