using System.Net;
using Giosg.Client.Connections;
using Giosg.Client.Errors;
using Giosg.Client.Http;
using Giosg.Client.Json;

namespace Giosg.Client.Chats;

/// <summary>
/// Starts chats (001: <c>users/&lt;user&gt;/chats</c>, <c>users/&lt;user&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats</c>;
/// 004: <c>orgs/&lt;org&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats</c>). Each POST is sent once and never
/// retried: a repeat could start a second chat. When the answer is lost after the request went out, the
/// chat may exist; <see cref="ChatStartUncertainException"/> says so instead of trying again.
/// </summary>
internal sealed class ChatStarter(GiosgConnection connection)
{
    /// <summary>An empty chat of the user, for other users to be invited to (chat type <c>operator</c>).</summary>
    public Task<ChatStart> StartEmptyAsync(Guid? userId, CancellationToken cancellationToken)
    {
        var user = User(userId);
        return SendAsync($"api/v5/users/{user:D}/chats", new ChatStartBody(), ChatScope.User, user, cancellationToken);
    }

    /// <summary>A chat of the user with a visitor in a room (001); the API may return a recent chat the user can join instead (200).</summary>
    public Task<ChatStart> StartWithVisitorAsync(Guid roomId, string visitorId, Guid? userId, CancellationToken cancellationToken)
    {
        var user = User(userId);
        var path = $"api/v5/users/{user:D}/rooms/{Room(roomId):D}/visitors/{Visitor(visitorId)}/chats";
        return SendAsync(path, new ChatStartBody(), ChatScope.User, user, cancellationToken);
    }

    /// <summary>A chat with a visitor in one of the organization's rooms (004); with <paramref name="autoResumeUserId"/>, a recent chat that user can join is resumed (200).</summary>
    public Task<ChatStart> StartInRoomAsync(Guid roomId, string visitorId, Guid? autoResumeUserId, CancellationToken cancellationToken)
    {
        var path = $"api/v5/orgs/{connection.OrganizationId:D}/rooms/{Room(roomId):D}/visitors/{Visitor(visitorId)}/chats";
        if (autoResumeUserId is { } resume)
        {
            path += "?auto_resume=" + EmptyIdException.Check(resume, "auto_resume user id").ToString("D");
        }

        return SendAsync(path, new ChatStartBody { AutoResume = autoResumeUserId }, ChatScope.Owned, null, cancellationToken);
    }

    private async Task<ChatStart> SendAsync(string path, ChatStartBody body, ChatScope scope, Guid? userId, CancellationToken cancellationToken)
    {
        var request = ApiRequest.Post(connection.ApiUri(path), body, GiosgJsonContext.Default.ChatStartBody, idempotent: false);
        ApiResponse<Chat> response;
        try
        {
            response = await connection.Transport.SendForJsonAsync(request, GiosgJsonContext.Default.Chat, cancellationToken).ConfigureAwait(false);
        }
        catch (GiosgApiException exception) when (ChatStartUncertainException.Applies(exception))
        {
            throw new ChatStartUncertainException(request.ToString(), exception);
        }

        var chat = response.Value;
        chat.Scope = scope;
        chat.UserId = userId;
        return new ChatStart(chat, response.Status != HttpStatusCode.OK);
    }

    private Guid User(Guid? userId) =>
        EmptyIdException.Check(
            userId ?? connection.UserId ?? throw new ArgumentException(
                "A user id is needed to start a user's chat: pass -UserId, or connect with Connect-Giosg -UserId."),
            "user id");

    private static Guid Room(Guid roomId) => EmptyIdException.Check(roomId, "room id");

    private static string Visitor(string visitorId) =>
        string.IsNullOrWhiteSpace(visitorId)
            ? throw new ArgumentException("The visitor id is empty.")
            : Uri.EscapeDataString(visitorId);
}
