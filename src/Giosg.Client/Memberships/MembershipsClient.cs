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

    /// <summary>Lists the chat's members lazily.</summary>
    public PagedListing<ChatMembership> List(ChatReference chat)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        var uri = _connection.ApiUri(ChatPaths.Of(chat, _connection) + "/memberships");
        return new PagedListing<ChatMembership>(_connection.Transport, uri, GiosgJsonContext.Default.ApiPageChatMembership);
    }
}
