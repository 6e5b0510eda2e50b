using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Housekeeping;
using Giosg.PowerShell.Errors;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Housekeeping;

/// <summary>
/// Connects a sweep to PowerShell's streams: approval through -WhatIf/-Confirm, one result
/// object per candidate, an error for each failure, and a progress bar.
/// </summary>
internal sealed class SweepReporter(ICommandOutput output, bool whatIf, bool closingNote = false) : ISweepObserver
{
    private const int ProgressId = 4711;
    private const string Activity = "Close-GiosgStaleChat";

    public SweepApproval Approve(Chat candidate, TimeSpan idleTime) =>
        output.ShouldProcess(
            $"Chat {candidate.Id} ({candidate.ChatType} in '{candidate.RoomName}', idle for {StaleChatSweep.Describe(idleTime)})",
            closingNote
                ? "Post the closing note, then end the stale chat (permanent: an ended chat cannot be reopened)"
                : "End the stale chat (permanent: an ended chat cannot be reopened)")
            ? SweepApproval.End
            : whatIf ? SweepApproval.WouldEnd : SweepApproval.Declined;

    /// <summary>
    /// A stopped run: the pipeline may no longer take output, so what the workers finished goes to the
    /// verbose stream, as far as the host still takes it (the sweep ignores a failure here).
    /// </summary>
    public void Stopped(StaleChatSweepSummary summary, IReadOnlyList<StaleChatResult> unreported)
    {
        foreach (var result in unreported)
        {
            output.WriteVerbose($"Finished after the stop: chat {result.ChatId} {result.Outcome}: {result.Reason}");
        }

        output.WriteVerbose(summary.ToString());
    }

    public void Report(StaleChatResult result)
    {
        if (result.Outcome == StaleChatOutcome.Failed)
        {
            var cause = result.Error as GiosgApiException ?? new GiosgApiException(GiosgErrorKind.Unexpected, result.Reason);
            if (result.ClosingNote != ClosingNoteOutcome.None)
            {
                // The error says what became of the chat (left open), not only why the note failed.
                cause = new GiosgApiException(cause.Kind, result.Reason, cause.Method, cause.RequestPath, cause.StatusCode, cause.ServerDetail, cause, cause.RetryAfter);
            }

            output.WriteError(ApiErrors.From(cause, result.ChatId));
        }
        else if (result.ClosingNote is ClosingNoteOutcome.Failed or ClosingNoteOutcome.MayHaveBeenPosted)
        {
            output.WriteWarning($"Chat {result.ChatId}: {result.Reason}");
        }

        output.WriteObject(result);
    }

    public void Progress(SweepProgress progress) =>
        output.WriteProgress(new ProgressInfo(
            ProgressId,
            Activity,
            $"Scanned {progress.Scanned} open chats ({progress.ScannedPerSecond:0}/s), {progress.Candidates} stale, {progress.Ended} ended"));

    /// <summary>
    /// Removes the progress bar and writes the totals: to the information stream (Write-Information's,
    /// for scripts and logs that keep it), to the verbose stream (which Azure Automation records when
    /// verbose logging is on), and with -Summary to the pipeline, the job output every host keeps.
    /// </summary>
    public void Finish(StaleChatSweepSummary summary, bool toPipeline)
    {
        output.WriteProgress(new ProgressInfo(ProgressId, Activity, "Done", 100, Completed: true));
        output.WriteInformation(summary, ["Giosg", "Close-GiosgStaleChat", "Summary"]);
        output.WriteVerbose(summary.ToString());
        if (summary.ListingError is GiosgApiException listing)
        {
            output.WriteError(ApiErrors.From(listing, null));
        }

        if (toPipeline)
        {
            output.WriteObject(summary);
        }
    }
}
