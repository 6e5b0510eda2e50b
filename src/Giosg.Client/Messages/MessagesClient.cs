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

    /// <summary>
    /// Sends a message as the user (<c>POST users/&lt;user&gt;/chats/&lt;chat&gt;/messages</c>, 001), once: the POST
    /// is never repeated. The user must be a member of the chat (001: otherwise 404).
    /// </summary>
    /// <param name="chat">The chat; its scope does not matter, the message always goes through the user's chats.</param>
    /// <param name="draft">The message; checked against 001's rules before any request.</param>
    /// <param name="userId">The sender; null for the chat's user, then the connection's.</param>
    /// <param name="cancellationToken">Stops waiting; a message already sent may still arrive.</param>
    /// <returns>The message as the API stored it.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule of 001, or there is no user id.</exception>
    /// <exception cref="Errors.GiosgApiException">
    /// <see cref="Errors.GiosgErrorKind.ChatEnded"/> for the API's 409 (an ended chat); NotFound when the user is no member;
    /// <see cref="Errors.GiosgErrorKind.OutcomeUnknown"/> when the connection broke after sending: it may have been sent.
    /// </exception>
    public async Task<ChatMessage> SendAsync(ChatReference chat, ChatMessageDraft draft, Guid? userId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullExceptionPolyfill.ThrowIfNull(chat, nameof(chat));
        ArgumentNullExceptionPolyfill.ThrowIfNull(draft, nameof(draft));
        var body = draft.Validate();
        var path = ChatPaths.Of(chat with { Scope = ChatScope.User, UserId = userId ?? chat.UserId }, _connection) + "/messages";
        var request = Http.ApiRequest.Post(_connection.ApiUri(path), body, GiosgJsonContext.Default.ChatMessageDraft, idempotent: false);
        try
        {
            var response = await Http.SendOnce.SendAsync(
                _connection.Transport,
                request,
                GiosgJsonContext.Default.ChatMessage,
                $"The message to chat {chat.ChatId}",
                "Read the chat's messages (Get-GiosgChatMessage) before sending it again.",
                cancellationToken).ConfigureAwait(false);
            return response.Value;
        }
        catch (Errors.GiosgApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.Conflict)
        {
            throw new Errors.GiosgApiException(
                Errors.GiosgErrorKind.ChatEnded,
                $"Chat {chat.ChatId} has ended: the API refused the message (409). An ended chat takes no new messages (001); start a new chat to continue the conversation.",
                exception.Method,
                exception.RequestPath,
                exception.StatusCode,
                exception.ServerDetail,
                exception);
        }
        catch (Errors.GiosgApiException exception) when (exception.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            throw new Errors.GiosgApiException(
                Errors.GiosgErrorKind.NotFound,
                $"{exception.Message} A user can send only to chats they are a member of (001: otherwise 404); join the chat first (Add-GiosgChatMember), or check the chat id.",
                exception.Method,
                exception.RequestPath,
                exception.StatusCode,
                exception.ServerDetail,
                exception);
        }
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
