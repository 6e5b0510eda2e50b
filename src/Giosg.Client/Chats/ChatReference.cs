namespace Giosg.Client.Chats;

/// <summary>
/// Which chat, and through which endpoint family to reach it: what a chat read from
/// <c>Get-GiosgChat</c> carries, or a bare id with a scope.
/// </summary>
/// <param name="ChatId">The chat.</param>
/// <param name="Scope">The endpoint family.</param>
/// <param name="UserId">The user of <see cref="ChatScope.User"/> endpoints; null means the connection's user.</param>
/// <param name="RoomOrganizationId">The organization owning the chat's room, when known: an owned chat can be changed through the owned family even if it was listed as routed or involved.</param>
public sealed record ChatReference(Guid ChatId, ChatScope Scope = ChatScope.Owned, Guid? UserId = null, Guid? RoomOrganizationId = null)
{
    /// <summary>The reference of a chat read from the API, in the family it was read from.</summary>
    public static ChatReference Of(Chat chat)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        return new(chat.Id, chat.Scope, chat.UserId, chat.RoomOrganizationId == Guid.Empty ? null : chat.RoomOrganizationId);
    }
}
