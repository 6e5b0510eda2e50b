using Giosg.Client.Chats;

namespace Giosg.Client.Housekeeping;

/// <summary>
/// Handles one approved candidate: re-reads the chat and ends it only if, on that fresh data, it is
/// open, was stale when the run began, and carries no excluded tag; tags it if asked, then ends it.
/// Never throws: every path gives exactly one result (null only when stopped before any end request).
/// </summary>
internal sealed class StaleChatWorker(GiosgClient client, StaleChatSweepRequest request, SweepHooks hooks)
{
    /// <param name="listed">The candidate as listed.</param>
    /// <param name="runAt">The run's moment: -AsOf, or when the run began.</param>
    /// <param name="stop">Stops the re-read; once the end request is committed it is not cancelled.</param>
    public async Task<StaleChatResult?> ProcessAsync(Chat listed, DateTimeOffset runAt, CancellationToken stop)
    {
        var chat = listed;
        var endSent = false;
        try
        {
            await hooks.At(SweepPoint.WorkerStarted).ConfigureAwait(false);
            if (listed.RoomOrganizationId != client.Connection.OrganizationId)
            {
                return Skip(chat, runAt, "Belongs to a room shared by another organization; only the owning organization can end it.");
            }

            chat = await client.Chats.GetAsync(listed.Id, listed.Scope, stop).ConfigureAwait(false);
            if (chat.IsEnded)
            {
                return Skip(chat, runAt, $"Ended meanwhile (at {chat.EndedAt:u}).");
            }

            if (!request.IsStale(chat.UpdatedAt, runAt))
            {
                return Skip(chat, runAt, $"Active again: updated at {chat.UpdatedAt:u}, after the run's threshold.");
            }

            // Judged on the re-read: a "keep open" tag added after the listing counts.
            if (await ExcludedTagAsync(chat, stop).ConfigureAwait(false) is { } excluded)
            {
                return Skip(chat, runAt, $"Carries the excluded tag '{excluded}'.");
            }

            // Last point a stop is honoured: from here the tag and the end go out whatever happens.
            stop.ThrowIfCancellationRequested();
            var reference = ChatReference.Of(chat);
            if (request.Tag is { } tag)
            {
                await client.Tags.AddAsync(reference, tag, CancellationToken.None).ConfigureAwait(false);
            }

            var note = ClosingNoteOutcome.None;
            Exception? noteError = null;
            if (request.Message is { } message)
            {
                var closing = new ClosingNote(client, message);
                (note, noteError, var joined) = await closing.PostAsync(reference).ConfigureAwait(false);
                if (noteError is not null && await EndedMeanwhileAsync(reference, noteError).ConfigureAwait(false) is { } ended)
                {
                    return StaleChatResult.For(ended, runAt, StaleChatOutcome.Skipped, $"Ended meanwhile (at {ended.EndedAt:u}): the closing note was refused.") with { ClosingNote = note };
                }

                if (noteError is not null && !request.EndEvenIfMessageFails)
                {
                    if (joined)
                    {
                        await closing.LeaveAsync(chat.Id).ConfigureAwait(false);
                    }

                    return StaleChatResult.For(chat, runAt, StaleChatOutcome.Failed, $"{ClosingNote.Describe(note)}; the chat was left open (-EndEvenIfMessageFails ends it anyway). {noteError.Message}", noteError) with { ClosingNote = note };
                }
            }

            await hooks.At(SweepPoint.BeforeEnd).ConfigureAwait(false);
            endSent = true;
            var ending = await client.Chats.EndOrFindEndedAsync(reference, CancellationToken.None).ConfigureAwait(false);
            var noteSaid = request.Message is null ? string.Empty : $" {ClosingNote.Describe(note)}.";
            return (ending.AlreadyEnded
                ? StaleChatResult.For(ending.Chat, runAt, StaleChatOutcome.Skipped, $"Ended meanwhile: the API refused the end (400) and the chat had ended at {ending.Chat.EndedAt:u}.{noteSaid}", endRequestSent: true)
                : StaleChatResult.For(chat, runAt, StaleChatOutcome.Ended, $"Idle for {StaleChatSweep.Describe(runAt - chat.UpdatedAt)}; ended at {ending.Chat.EndedAt:u}.{noteSaid}", noteError, endRequestSent: true))
                with
            { ClosingNote = note };
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested && !endSent)
        {
            return null;
        }
        catch (Exception exception)
        {
            return StaleChatResult.For(chat, runAt, StaleChatOutcome.Failed, exception.Message, exception, endSent);
        }
    }

    /// <summary>A note refused because the chat ended after the re-read (409 to the message, 404 to the join): the chat as it is now, if ended.</summary>
    private async Task<Chat?> EndedMeanwhileAsync(ChatReference chat, Exception noteError)
    {
        if (noteError is not Errors.GiosgApiException { Kind: Errors.GiosgErrorKind.ChatEnded or Errors.GiosgErrorKind.NotFound })
        {
            return null;
        }

        try
        {
            var current = await client.Chats.GetAsync(chat.ChatId, chat.Scope, CancellationToken.None).ConfigureAwait(false);
            return current.IsEnded ? current : null;
        }
        catch (Errors.GiosgApiException)
        {
            return null;
        }
    }

    private async Task<string?> ExcludedTagAsync(Chat chat, CancellationToken cancellationToken)
    {
        // A chat without tags needs no request: tag_count comes with the re-read.
        if (request.ExcludeTags is not { Count: > 0 } excluded || chat.TagCount == 0)
        {
            return null;
        }

        var unwanted = new HashSet<string>(excluded, StringComparer.OrdinalIgnoreCase);
        await foreach (var tag in client.Tags.List(ChatReference.Of(chat)).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (unwanted.Contains(tag.Name))
            {
                return tag.Name;
            }
        }

        return null;
    }

    private static StaleChatResult Skip(Chat chat, DateTimeOffset runAt, string reason) =>
        StaleChatResult.For(chat, runAt, StaleChatOutcome.Skipped, reason);
}
