using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Memberships;
using Giosg.Client.Messages;

namespace Giosg.Client.Housekeeping;

/// <summary>
/// Posts a sweep's closing note to one chat as the connection's user. 001: "The user must be a member
/// of the chat in order to send a message", so the user joins first, through the organization's own
/// family of the chat (<c>orgs/&lt;org&gt;/owned_chats/&lt;chat&gt;/memberships</c>, which answers 200 for
/// an existing member and needs no router linking the user to the room). Ending the chat then releases
/// the membership; only when the note fails is a membership this created left again (is_participating false),
/// so a chat left open does not keep the user in it. Neither the join nor the message is ever repeated.
/// </summary>
internal sealed class ClosingNote(GiosgClient client, string message)
{
    /// <summary>Joins and posts; never throws for an API failure, which comes back as the second value.</summary>
    public async Task<(ClosingNoteOutcome Outcome, Exception? Error)> PostAsync(ChatReference chat)
    {
        ChatMembershipChange? joined = null;
        try
        {
            joined = await client.Memberships.JoinAsync(chat, JoinRoute.Organization, client.Connection.UserId, isParticipating: true, CancellationToken.None).ConfigureAwait(false);
            await client.Messages.SendAsync(chat, new ChatMessageDraft { Message = message }, client.Connection.UserId, CancellationToken.None).ConfigureAwait(false);
            return (ClosingNoteOutcome.Posted, null);
        }
        catch (GiosgApiException exception)
        {
            if (joined is { Outcome: MembershipOutcome.Joined })
            {
                await LeaveAsync(chat.ChatId).ConfigureAwait(false);
            }

            // A lost answer to the join means the note was never sent; only the message's own lost answer leaves it uncertain.
            var uncertain = joined is not null && exception.Kind == GiosgErrorKind.OutcomeUnknown;
            return (uncertain ? ClosingNoteOutcome.MayHaveBeenPosted : ClosingNoteOutcome.Failed, exception);
        }
    }

    /// <summary>How the result says it.</summary>
    public static string Describe(ClosingNoteOutcome outcome) => outcome switch
    {
        ClosingNoteOutcome.Posted => "Closing note posted",
        ClosingNoteOutcome.MayHaveBeenPosted => "The closing note may have been posted (the connection broke after sending it; it was not sent again)",
        ClosingNoteOutcome.Failed => "The closing note could not be posted",
        _ => "No closing note",
    };

    private async Task LeaveAsync(Guid chatId)
    {
        try
        {
            await client.Memberships.UpdateAsync(chatId, isParticipating: false, userId: client.Connection.UserId, cancellationToken: CancellationToken.None).ConfigureAwait(false);
        }
        catch (GiosgApiException)
        {
            // Best effort: the note's failure is what the result reports; a membership left participating
            // in an open chat is harmless, and the user leaves it when the chat ends.
        }
    }
}
