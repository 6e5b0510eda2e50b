using System.Net;
using System.Runtime.CompilerServices;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Invitations;

/// <summary>
/// 001's chat invitations: a user's outgoing invitations per chat
/// (<c>users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations</c>) and incoming ones
/// (<c>users/&lt;user&gt;/incoming_chat_invitations</c>). Sending is never repeated; answers are.
/// </summary>
public sealed class InvitationsClient
{
    private readonly GiosgConnection _connection;

    internal InvitationsClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the user's outgoing invitations of one chat, oldest first; <paramref name="state"/> filters with 001's <c>is_accepted</c>/<c>is_expired</c>.</summary>
    /// <exception cref="ArgumentException">No user is given and the connection has none.</exception>
    public PagedListing<ChatInvitation> ListOutgoing(Guid chatId, Guid? userId, InvitationState? state = null)
    {
        var user = User(userId);
        return Listing(OutgoingPath(user, chatId) + Filter(state), InvitationDirection.Outgoing, user);
    }

    /// <summary>
    /// Lists the user's outgoing invitations of every open chat the user is a member of: an invitation
    /// expires when its chat ends (001), so only open chats can hold pending ones. One listing of the
    /// user's chats, then one listing per chat.
    /// </summary>
    /// <exception cref="ArgumentException">No user is given and the connection has none.</exception>
    public async IAsyncEnumerable<ChatInvitation> ListOutgoingOfOpenChats(Guid? userId, InvitationState? state = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        var chats = new ChatsClient(_connection).List(new ChatListRequest { Scope = ChatScope.User, UserId = user, IsEnded = false });
        await foreach (var chat in chats.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await foreach (var invitation in ListOutgoing(chat.Id, user, state).WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return invitation;
            }
        }
    }

    /// <summary>Lists the invitations sent to the user, oldest first.</summary>
    /// <exception cref="ArgumentException">No user is given and the connection has none.</exception>
    public PagedListing<ChatInvitation> ListIncoming(Guid? userId, InvitationState? state = null)
    {
        var user = User(userId);
        return Listing($"api/v5/users/{user:D}/incoming_chat_invitations" + Filter(state), InvitationDirection.Incoming, user);
    }

    /// <summary>
    /// Invites a user, team or organization to the chat. Sent once, never repeated: a connection that breaks
    /// after sending leaves it unknown whether the invitation went out (sending again is then harmless: 001
    /// answers 200 with the pending invitation).
    /// </summary>
    /// <exception cref="ArgumentException">No user is given and the connection has none, or an id is empty.</exception>
    /// <exception cref="GiosgApiException">The API refused (400, 404 for an unknown invitee) or failed.</exception>
    public async Task<SentInvitation> SendAsync(Guid chatId, InviteeKind kind, Guid inviteeId, Guid? userId, CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        EmptyIdException.Check(inviteeId, "invitee id");
        var body = kind switch
        {
            InviteeKind.User => new InvitationRequest { InvitedUserId = inviteeId },
            InviteeKind.Team => new InvitationRequest { InvitedTeamId = inviteeId },
            _ => new InvitationRequest { InvitedOrganizationId = inviteeId },
        };
        var request = ApiRequest.Post(_connection.ApiUri(OutgoingPath(user, chatId)), body, GiosgJsonContext.Default.InvitationRequest, idempotent: false);
        var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatInvitation, cancellationToken).ConfigureAwait(false);
        Annotate(response.Value, InvitationDirection.Outgoing, user);
        return new SentInvitation(response.Value, AlreadyPending: response.Status == HttpStatusCode.OK);
    }

    /// <summary>
    /// Expires an outgoing invitation, or accepts or declines an incoming one. The PATCH is repeated after a
    /// lost answer; a 400 to a repeat is checked against the invitation's state, since the lost attempt may
    /// have made the change the repeat is refused for.
    /// </summary>
    /// <param name="invitationId">The invitation.</param>
    /// <param name="answer">Expired needs <paramref name="chatId"/> (the outgoing path names the chat).</param>
    /// <param name="chatId">The invitation's chat.</param>
    /// <param name="userId">The user (null: the connection's).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <exception cref="ArgumentException">No user is known, an id is empty, or Expired without a chat.</exception>
    /// <exception cref="GiosgApiException">The API refused (400: no longer pending; 404: unknown invitation) or failed.</exception>
    public async Task<ChatInvitation> AnswerAsync(Guid invitationId, InvitationAnswer answer, Guid? chatId, Guid? userId, CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        EmptyIdException.Check(invitationId, "invitation id");
        var outgoing = answer == InvitationAnswer.Expired;
        if (outgoing && chatId is null)
        {
            throw new ArgumentException($"Invitation {invitationId}: expiring goes through the chat's outgoing invitations, so its chat is needed: pipe it from Get-GiosgChatInvitation -Outgoing, or pass -ChatId.");
        }

        var path = outgoing
            ? $"{OutgoingPath(user, chatId!.Value)}/{invitationId:D}"
            : $"api/v5/users/{user:D}/incoming_chat_invitations/{invitationId:D}";
        var body = outgoing ? new InvitationUpdate { IsExpired = true } : new InvitationUpdate { IsAccepted = answer == InvitationAnswer.Accepted };
        var request = ApiRequest.PatchState(_connection.ApiUri(path), body, GiosgJsonContext.Default.InvitationUpdate);
        var direction = outgoing ? InvitationDirection.Outgoing : InvitationDirection.Incoming;
        try
        {
            var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatInvitation, cancellationToken).ConfigureAwait(false);
            return Annotate(response.Value, direction, user);
        }
        catch (GiosgApiException exception) when (exception is { Kind: GiosgErrorKind.BadRequest, Attempts: > 1 })
        {
            var listing = outgoing ? ListOutgoing(chatId!.Value, user) : ListIncoming(user);
            await foreach (var current in listing.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (current.Id == invitationId && current.State == (answer == InvitationAnswer.Accepted ? InvitationState.Accepted : InvitationState.Expired))
                {
                    return current;
                }
            }

            throw;
        }
    }

    private PagedListing<ChatInvitation> Listing(string path, InvitationDirection direction, Guid user) =>
        new(_connection.Transport, _connection.ApiUri(path), GiosgJsonContext.Default.ApiPageChatInvitation, annotate: invitation => Annotate(invitation, direction, user));

    private static ChatInvitation Annotate(ChatInvitation invitation, InvitationDirection direction, Guid user)
    {
        invitation.Direction = direction;
        invitation.UserId = user;
        return invitation;
    }

    /// <summary>001: <c>is_accepted=false</c> is "pending but not expired".</summary>
    private static string Filter(InvitationState? state) => state switch
    {
        InvitationState.Pending => "?is_accepted=false",
        InvitationState.Accepted => "?is_accepted=true",
        InvitationState.Expired => "?is_expired=true",
        _ => string.Empty,
    };

    private static string OutgoingPath(Guid user, Guid chatId) =>
        $"api/v5/users/{user:D}/chats/{EmptyIdException.Check(chatId, "chat id"):D}/outgoing_chat_invitations";

    private Guid User(Guid? userId) =>
        EmptyIdException.Check(
            userId ?? _connection.UserId ?? throw new ArgumentException("A user id is needed for invitations: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
}
