namespace Giosg.Client.Housekeeping;

/// <summary>The caller's answer for one candidate.</summary>
public enum SweepApproval
{
    /// <summary>End it (after the re-read confirms it is still stale).</summary>
    End,

    /// <summary>A dry run: report it as <see cref="StaleChatOutcome.WouldEnd"/>; counts toward -MaxCount like an end.</summary>
    WouldEnd,

    /// <summary>Leave it: reported as <see cref="StaleChatOutcome.Declined"/>, not counted toward -MaxCount.</summary>
    Declined,
}
