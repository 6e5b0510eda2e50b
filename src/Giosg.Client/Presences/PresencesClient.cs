using System.Net;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;
using Giosg.Client.Paging;

namespace Giosg.Client.Presences;

/// <summary>
/// 004's operator presences (<c>orgs/&lt;org&gt;/chats/&lt;chat&gt;/presences</c>) and participations
/// (<c>orgs/&lt;org&gt;/users/&lt;user&gt;/chats/&lt;chat&gt;/participations</c>). Both address a chat by its
/// id alone, whatever family it was read through.
/// </summary>
public sealed class PresencesClient
{
    private readonly GiosgConnection _connection;

    internal PresencesClient(GiosgConnection connection) => _connection = connection;

    /// <summary>Lists the operators present in the chat now, in the order they joined.</summary>
    public PagedListing<ChatPresence> List(Guid chatId) =>
        new(_connection.Transport, _connection.ApiUri(Path(chatId)), GiosgJsonContext.Default.ApiPageChatPresence, annotate: presence => presence.ChatId = chatId);

    /// <summary>
    /// Joins the operator to the chat. With <paramref name="exclusive"/>, 004's <c>exclusive=true</c> makes the
    /// API refuse (400) when another operator is present. The POST is repeated after a lost answer: 004
    /// answers 200 when the operator is present already, so a repeat changes nothing.
    /// </summary>
    /// <exception cref="ArgumentException">No operator is given and the connection has no user.</exception>
    /// <exception cref="GiosgApiException">The API refused (400: no permission to join, or another operator is present with <paramref name="exclusive"/>) or failed.</exception>
    public async Task<PresenceChange> AddAsync(Guid chatId, Guid? userId, bool exclusive, CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        var uri = _connection.ApiUri(Path(chatId) + (exclusive ? "?exclusive=true" : string.Empty));
        var request = ApiRequest.Post(uri, new PresenceRequest(user, chatId), GiosgJsonContext.Default.PresenceRequest, idempotent: true);
        var response = await _connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.ChatPresence, cancellationToken).ConfigureAwait(false);
        response.Value.ChatId = chatId;
        var outcome = response.Status == HttpStatusCode.Created || response.Attempts > 1 ? PresenceChangeOutcome.Added : PresenceChangeOutcome.AlreadyPresent;
        return new PresenceChange(chatId, user, outcome, response.Value);
    }

    /// <summary>
    /// Removes the operator from the chat's present operators. 004 documents no answers; a 404 to a
    /// repeated DELETE means the attempt whose answer was lost removed it.
    /// </summary>
    /// <exception cref="ArgumentException">No operator is given and the connection has no user.</exception>
    /// <exception cref="GiosgApiException">The API refused (404: no such chat, or the operator is not present) or failed.</exception>
    public async Task<PresenceChange> RemoveAsync(Guid chatId, Guid? userId, CancellationToken cancellationToken = default)
    {
        var user = User(userId);
        var uri = _connection.ApiUri($"{Path(chatId)}/{user:D}");
        try
        {
            await _connection.Transport.SendWithoutResultAsync(ApiRequest.Delete(uri), cancellationToken).ConfigureAwait(false);
        }
        catch (GiosgApiException exception) when (exception is { Kind: GiosgErrorKind.NotFound, Attempts: > 1 })
        {
            // The attempt whose answer was lost removed the presence; nothing else leaves a 404 on a repeat
            // that the first attempt did not get.
        }

        return new PresenceChange(chatId, user, PresenceChangeOutcome.Removed, null);
    }

    /// <summary>Lists who has sent at least one message to the chat (the visitor, users), through <paramref name="userId"/>'s chats (null: the connection's user).</summary>
    /// <exception cref="ArgumentException">No user is given and the connection has none.</exception>
    public PagedListing<ChatParticipation> ListParticipations(Guid chatId, Guid? userId)
    {
        var path = $"api/v5/orgs/{_connection.OrganizationId:D}/users/{User(userId):D}/chats/{Chats.EmptyIdException.Check(chatId, "chat id"):D}/participations";
        return new(_connection.Transport, _connection.ApiUri(path), GiosgJsonContext.Default.ApiPageChatParticipation, annotate: participation => participation.ChatId = chatId);
    }

    private string Path(Guid chatId) =>
        $"api/v5/orgs/{_connection.OrganizationId:D}/chats/{Chats.EmptyIdException.Check(chatId, "chat id"):D}/presences";

    private Guid User(Guid? userId) =>
        Chats.EmptyIdException.Check(
            userId ?? _connection.UserId ?? throw new ArgumentException("An operator is needed: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");
}
