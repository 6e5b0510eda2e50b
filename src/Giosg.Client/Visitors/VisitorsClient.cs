using Giosg.Client.Chats;
using Giosg.Client.Connections;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Visitors;

/// <summary>Visitor data of owned chats: the only family the API documents it for.</summary>
public sealed class VisitorsClient
{
    private readonly GiosgConnection _connection;

    internal VisitorsClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the variables of a chat's visitor lazily (<c>owned_chats/&lt;chat&gt;/visitors/&lt;visitor&gt;/variables</c>).</summary>
    /// <exception cref="ArgumentException">The visitor id is empty.</exception>
    public PagedListing<VisitorVariable> ListVariables(Guid chatId, string visitorId)
    {
        if (string.IsNullOrWhiteSpace(visitorId))
        {
            throw new ArgumentException("The visitor id is empty; take it from the chat's visitor membership (Get-GiosgChatMembership).");
        }

        var chat = new ChatReference(chatId, ChatScope.Owned);
        var uri = _connection.ApiUri($"{ChatPaths.Of(chat, _connection)}/visitors/{Uri.EscapeDataString(visitorId)}/variables");
        return new PagedListing<VisitorVariable>(
            _connection.Transport,
            uri,
            GiosgJsonContext.Default.ApiPageVisitorVariable,
            annotate: variable =>
            {
                variable.ChatId = chatId;
                variable.VisitorId = visitorId;
            });
    }
}
