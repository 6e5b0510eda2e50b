using Giosg.Client.Chats;
using Giosg.Client.Errors;

namespace Giosg.Client.Housekeeping;

/// <summary>
/// Handles one candidate: checks excluded tags, re-reads the chat right before ending it (no
/// chat that is not stale at that moment is ended), tags it if asked, and ends it.
/// </summary>
internal sealed class StaleChatWorker(GiosgClient client, StaleChatSweepRequest request)
{
    public async Task<StaleChatResult> ProcessAsync(Chat listed, CancellationToken cancellationToken)
    {
        var chat = listed;
        try
        {
            if (listed.RoomOrganizationId != client.Connection.OrganizationId)
            {
                return Skip(chat, "Belongs to a room shared by another organization; only the owning organization can end it.");
            }

            if (await ExcludedTagAsync(listed, cancellationToken).ConfigureAwait(false) is { } excluded)
            {
                return Skip(chat, $"Carries the excluded tag '{excluded}'.");
            }

            chat = await client.Chats.GetAsync(listed.Id, listed.Scope, cancellationToken).ConfigureAwait(false);
            var now = request.Now();
            if (chat.IsEnded)
            {
                return Skip(chat, $"Ended meanwhile (at {chat.EndedAt:u}).");
            }

            if (!request.IsStale(chat.UpdatedAt, now))
            {
                return Skip(chat, $"Active again: updated at {chat.UpdatedAt:u}, idle only {StaleChatSweep.Describe(now - chat.UpdatedAt)}.");
            }

            var reference = ChatReference.Of(chat);
            if (request.Tag is { } tag)
            {
                await client.Tags.AddAsync(reference, tag, cancellationToken).ConfigureAwait(false);
            }

            var ended = await client.Chats.EndAsync(reference, cancellationToken).ConfigureAwait(false);
            return StaleChatResult.For(chat, now, StaleChatOutcome.Ended, $"Idle for {StaleChatSweep.Describe(now - chat.UpdatedAt)}; ended at {ended.EndedAt:u}.");
        }
        catch (GiosgApiException exception)
        {
            return StaleChatResult.For(chat, request.Now(), StaleChatOutcome.Failed, exception.Message, exception);
        }
    }

    private async Task<string?> ExcludedTagAsync(Chat chat, CancellationToken cancellationToken)
    {
        // A chat without tags needs no request: tag_count comes with the listing.
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

    private StaleChatResult Skip(Chat chat, string reason) =>
        StaleChatResult.For(chat, request.Now(), StaleChatOutcome.Skipped, reason);
}
