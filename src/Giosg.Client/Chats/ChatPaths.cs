using Giosg.Client.Connections;

namespace Giosg.Client.Chats;

/// <summary>
/// The path of a chat in its endpoint family (001): every per-chat resource (messages, tags,
/// memberships) hangs below it, and the family decides which documented endpoints exist.
/// </summary>
internal static class ChatPaths
{
    /// <summary><c>orgs/&lt;org&gt;/owned_chats/&lt;chat&gt;</c>, <c>…/routed_chats/…</c>, <c>…/involved_chats/…</c> or <c>users/&lt;user&gt;/chats/&lt;chat&gt;</c>.</summary>
    /// <exception cref="ArgumentException">A user chat without any user id.</exception>
    /// <exception cref="EmptyIdException">The chat's or the user's id is <see cref="Guid.Empty"/>: no request is built for it.</exception>
    public static string Of(ChatReference chat, GiosgConnection connection) => chat.Scope switch
    {
        ChatScope.Owned => Organization(connection, "owned_chats", chat.ChatId),
        ChatScope.Routed => Organization(connection, "routed_chats", chat.ChatId),
        ChatScope.Involved => Organization(connection, "involved_chats", chat.ChatId),
        ChatScope.User or ChatScope.OrganizationUser => $"api/v5/users/{User(chat, connection):D}/chats/{EmptyIdException.Check(chat.ChatId, "chat id"):D}",
        ChatScope.UserRouted => UserRouted(User(chat, connection), chat.ChatId),
        var other => throw new ArgumentException($"Unknown scope '{other}'."),
    };

    /// <summary>
    /// The path of a chat's tags: 001 documents no tags below <c>users/&lt;user&gt;/routed_chats</c>,
    /// so a chat of that family is tagged through the organization's routed chats.
    /// </summary>
    public static string ForTags(ChatReference chat, GiosgConnection connection) =>
        chat.Scope == ChatScope.UserRouted ? Organization(connection, "routed_chats", chat.ChatId) : Of(chat, connection);

    /// <summary>
    /// Where a routed chat's messages and memberships are read when the organization's routed path
    /// answers 403 (private chat history without the reports permission, 001): the same chat below
    /// <c>users/&lt;user&gt;/routed_chats</c>, for the chat's user or else the connection's. Null when
    /// the chat is not of the routed family or no user is known (docs/api-assumptions.md, B4).
    /// </summary>
    public static string? UserFallback(ChatReference chat, GiosgConnection connection) =>
        chat.Scope == ChatScope.Routed && (chat.UserId ?? connection.UserId) is { } user && user != Guid.Empty
            ? UserRouted(user, chat.ChatId)
            : null;

    /// <summary>
    /// The path through which a chat's state can be changed (ending, waiting): the API documents
    /// PATCH only for owned chats and a user's chats, so a routed or involved chat of the
    /// connection's own organization is changed through the owned family.
    /// </summary>
    /// <exception cref="ArgumentException">A routed or involved chat of another organization.</exception>
    public static string Changeable(ChatReference chat, GiosgConnection connection)
    {
        if (chat.Scope is ChatScope.Owned or ChatScope.User or ChatScope.OrganizationUser)
        {
            return Of(chat, connection);
        }

        if (chat.RoomOrganizationId == connection.OrganizationId)
        {
            return Organization(connection, "owned_chats", chat.ChatId);
        }

        throw new ArgumentException(
            $"Chat {chat.ChatId} was read through Scope {chat.Scope}, and the API can change a chat only through its owning organization's owned chats or a member user's chats. Use -Scope Owned for a chat of your organization, or -Scope User for a chat you are a member of.");
    }

    private static string UserRouted(Guid user, Guid chatId) =>
        $"api/v5/users/{user:D}/routed_chats/{EmptyIdException.Check(chatId, "chat id"):D}";

    private static string Organization(GiosgConnection connection, string family, Guid chatId) =>
        $"api/v5/orgs/{connection.OrganizationId:D}/{family}/{EmptyIdException.Check(chatId, "chat id"):D}";

    private static Guid User(ChatReference chat, GiosgConnection connection) =>
        EmptyIdException.Check(
            chat.UserId ?? connection.UserId ?? throw new ArgumentException(
                "A user id is needed for a user's chat: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
}
