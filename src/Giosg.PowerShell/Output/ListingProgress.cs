using System.Diagnostics;

namespace Giosg.PowerShell.Output;

/// <summary>
/// A progress bar for a long listing: silent for the first second (most listings end sooner),
/// then a count of the items read, refreshed at most twice a second.
/// </summary>
internal sealed class ListingProgress(ICommandOutput output, string activity)
{
    private const int ActivityId = 4712;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private bool _shown;

    public void Update(ulong read)
    {
        var now = _clock.Elapsed;
        if (now < Quiet || now - _last < Interval)
        {
            return;
        }

        _last = now;
        _shown = true;
        output.WriteProgress(new ProgressInfo(ActivityId, activity, $"{read} read ({read / now.TotalSeconds:0}/s)"));
    }

    public void Complete()
    {
        if (_shown)
        {
            output.WriteProgress(new ProgressInfo(ActivityId, activity, "Done", 100, Completed: true));
        }
    }
}
