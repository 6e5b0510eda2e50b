using System.Text;
using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Messages;

/// <summary>A chat's messages, through the chat's endpoint family.</summary>
public sealed class MessagesClient
{
    private readonly GiosgConnection _connection;

    internal MessagesClient(GiosgConnection connection) => _connection = connection;

    /// <summary>
    /// Lists a chat's messages lazily, newest first (the API's order), page by page. A routed chat's
    /// messages are read below <c>users/&lt;user&gt;/routed_chats</c> when the organization's path answers 403 (B4).
    /// </summary>
    /// <exception cref="ArgumentException">An unknown message type, or a type both wanted and excluded.</exception>
    public PagedListing<ChatMessage> List(ChatReference chat, MessageListRequest? request = null)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        request ??= new MessageListRequest();
        var query = new StringBuilder();
        AppendTypes(query, "type__in", request.Types);
        AppendTypes(query, "type__not_in", request.ExcludeTypes);
        if (request.Types is { Count: > 0 } types && request.ExcludeTypes is { Count: > 0 } excluded
            && types.Intersect(excluded, StringComparer.OrdinalIgnoreCase).FirstOrDefault() is { } both)
        {
            throw new ArgumentException($"Message type '{both}' is both wanted (-Type) and excluded (-ExcludeType).");
        }

        var path = ChatPaths.Of(chat, _connection) + "/messages" + query;
        var fallback = ChatPaths.UserFallback(chat, _connection) is { } user ? _connection.ApiUri(user + "/messages" + query) : null;
        return new PagedListing<ChatMessage>(_connection.Transport, _connection.ApiUri(path), GiosgJsonContext.Default.ApiPageChatMessage).WithFallback(fallback);
    }

    private static void AppendTypes(StringBuilder query, string name, IReadOnlyCollection<string>? types)
    {
        if (types is not { Count: > 0 })
        {
            return;
        }

        foreach (var type in types)
        {
            if (!MessageTypes.IsKnown(type))
            {
                throw new ArgumentException($"'{type}' is not a message type; use one of {string.Join(", ", MessageTypes.All)}.");
            }
        }

        query.Append(query.Length == 0 ? '?' : '&').Append(name).Append('=')
            .Append(Uri.EscapeDataString(string.Join(",", types.Select(type => type.ToLowerInvariant()))));
    }
}
