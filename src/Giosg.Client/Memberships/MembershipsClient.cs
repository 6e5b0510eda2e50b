using System.Net;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Memberships;

/// <summary>Chat memberships: a chat's members, a user's memberships, joining and changing them.</summary>
public sealed class MembershipsClient
{
    /// <summary>The composing statuses 001 documents.</summary>
    public static readonly IReadOnlyList<string> ComposingStatuses = ["idle", "typing", "typed"];

    private readonly GiosgConnection _connection;

    internal MembershipsClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the chat's members lazily; a routed chat's are read below <c>users/&lt;user&gt;/routed_chats</c> when the organization's path answers 403 (B4).</summary>
    public PagedListing<ChatMembership> List(ChatReference chat)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var uri = _connection.ApiUri(ChatPaths.Of(chat, _connection) + "/memberships");
        var fallback = ChatPaths.UserFallback(chat, _connection) is { } user ? _connection.ApiUri(user + "/memberships") : null;
        return new PagedListing<ChatMembership>(_connection.Transport, uri, GiosgJsonContext.Default.ApiPageChatMembership).WithFallback(fallback);
    }

    /// <summary>Lists a user's memberships over all their chats (<c>users/&lt;user&gt;/chat_memberships</c>), lazily; <paramref name="isParticipating"/> filters.</summary>
    /// <exception cref="ArgumentException">No user id, neither given nor on the connection.</exception>
    public PagedListing<ChatMembership> ListForUser(Guid? userId = null, bool? isParticipating = null)
    {
        var path = $"api/v5/users/{User(userId):D}/chat_memberships" + (isParticipating is { } value ? "?is_participating=" + (value ? "true" : "false") : string.Empty);
        return new PagedListing<ChatMembership>(_connection.Transport, _connection.ApiUri(path), GiosgJsonContext.Default.ApiPageChatMembership);
    }

    /// <summary>
    /// Joins a user to a chat (a POST, sent once and never repeated). <see cref="JoinRoute.Organization"/> goes
    /// through the chat's organization family with <c>member_id</c>; the others through the user's routed or
    /// pending chats. A 200 is <see cref="MembershipOutcome.AlreadyMember"/>, a 201 <see cref="MembershipOutcome.Joined"/>.
    /// </summary>
    /// <param name="chat">The chat, in the family it was read from.</param>
    /// <param name="route">Which documented endpoint to use.</param>
    /// <param name="userId">The user to join; null for the chat's user, then the connection's.</param>
    /// <param name="isParticipating">Whether the user takes part now (001: "usually true").</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="ArgumentException">No user id, or a chat of the user family joined through the organization.</exception>
    /// <exception cref="GiosgApiException">The API refused (404 for a chat not found, not routed, no longer pending or ended) or failed; <see cref="GiosgErrorKind.OutcomeUnknown"/> when the answer was lost.</exception>
    public async Task<ChatMembershipChange> JoinAsync(ChatReference chat, JoinRoute route, Guid? userId = null, bool isParticipating = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var user = User(userId ?? chat.UserId);
        var chatId = EmptyIdException.Check(chat.ChatId, "chat id");
        string path;
        MembershipBody body;
        if (route == JoinRoute.Organization)
        {
            if (chat.Scope == ChatScope.User)
            {
                throw new ArgumentException($"Chat {chatId} is a user's chat; 001 documents joins through the organization's owned, routed or involved chats, or the user's routed or pending chats. Use -Scope Owned, Routed or Involved, or -Via UserRouted or UserPending.");
            }

            path = ChatPaths.Of(chat, _connection) + "/memberships";
            body = new MembershipBody(isParticipating, "idle", user);
        }
        else
        {
            path = $"api/v5/users/{user:D}/{(route == JoinRoute.UserPending ? "pending_chats" : "routed_chats")}/{chatId:D}/memberships";
            body = new MembershipBody(isParticipating, "idle");
        }

        var request = ApiRequest.Post(_connection.ApiUri(path), body, GiosgJsonContext.Default.MembershipBody, idempotent: false);
        var response = await SendOnce.SendAsync(
            _connection.Transport,
            request,
            GiosgJsonContext.Default.ChatMembership,
            $"Joining user {user} to chat {chatId}",
            "Read the chat's memberships (Get-GiosgChatMembership) to see whether the user is a member now.",
            cancellationToken).ConfigureAwait(false);
        var outcome = response.Status == HttpStatusCode.OK ? MembershipOutcome.AlreadyMember : MembershipOutcome.Joined;
        return new ChatMembershipChange(chatId, user, outcome, response.Value);
    }

    /// <summary>
    /// Changes the user's membership of a chat (<c>PUT users/&lt;user&gt;/chat_memberships/&lt;chat&gt;</c>):
    /// whether they take part now and their composing status. The same PUT twice leaves the same state, so it is retried.
    /// </summary>
    /// <exception cref="ArgumentException">No user id, or an unknown composing status.</exception>
    /// <exception cref="GiosgApiException">The API refused (404 when the user is no member, 400 when the chat has ended) or failed.</exception>
    public async Task<ChatMembershipChange> UpdateAsync(Guid chatId, bool isParticipating, string composingStatus = "idle", DateTimeOffset? lastSeenAt = null, Guid? userId = null, CancellationToken cancellationToken = default)
    {
        if (!ComposingStatuses.Contains(composingStatus, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{composingStatus}' is not a composing status; use idle, typing or typed.");
        }

        var user = User(userId);
        var path = $"api/v5/users/{user:D}/chat_memberships/{EmptyIdException.Check(chatId, "chat id"):D}";
        var request = ApiRequest.PutState(_connection.ApiUri(path), new MembershipBody(isParticipating, composingStatus, LastSeenAt: lastSeenAt), GiosgJsonContext.Default.MembershipBody);
        // 001 shows no body for this 200: an empty one is the change applied (H4).
        var response = await _connection.Transport.SendForOptionalJsonAsync(request, GiosgJsonContext.Default.ChatMembership, cancellationToken).ConfigureAwait(false);
        return new ChatMembershipChange(chatId, user, MembershipOutcome.Updated, response.Value);
    }

    private Guid User(Guid? userId) =>
        EmptyIdException.Check(
            userId ?? _connection.UserId ?? throw new ArgumentException("A user id is needed: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
}
