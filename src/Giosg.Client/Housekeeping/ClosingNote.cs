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
/// the membership; only a chat left open after its note failed is left again (is_participating false), when the
/// membership was new, so the user does not stay in it. Neither the join nor the message is ever repeated.
/// </summary>
internal sealed class ClosingNote(GiosgClient client, string message)
{
    /// <summary>Joins and posts; never throws for an API failure, which comes back as the second value.</summary>
    public async Task<(ClosingNoteOutcome Outcome, Exception? Error, bool Joined)> PostAsync(ChatReference chat)
    {
        ChatMembershipChange? joined = null;
        try
        {
            joined = await client.Memberships.JoinAsync(chat, JoinRoute.Organization, client.Connection.UserId, isParticipating: true, CancellationToken.None).ConfigureAwait(false);
            await client.Messages.SendAsync(chat, new ChatMessageDraft { Message = message }, client.Connection.UserId, CancellationToken.None).ConfigureAwait(false);
            return (ClosingNoteOutcome.Posted, null, joined.Outcome == MembershipOutcome.Joined);
        }
        catch (GiosgApiException exception)
        {
            // A lost answer to the join means the note was never sent; only the message's own lost answer leaves it uncertain.
            var uncertain = joined is not null && exception.Kind == GiosgErrorKind.OutcomeUnknown;
            return (uncertain ? ClosingNoteOutcome.MayHaveBeenPosted : ClosingNoteOutcome.Failed, exception, joined is { Outcome: MembershipOutcome.Joined });
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

    /// <summary>Leaves a chat that stays open after its note failed (is_participating false); best effort.</summary>
    public async Task LeaveAsync(Guid chatId)
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
