using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Memberships;

/// <summary>A chat's memberships, through the chat's endpoint family.</summary>
public sealed class MembershipsClient
{
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
}
