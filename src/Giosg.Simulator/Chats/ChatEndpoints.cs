using Giosg.Simulator.Auth;
using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>The Chats API v5 routes: the chat collections, single chats, and ending a chat.</summary>
internal sealed class ChatEndpoints
{
    private const string Org = "orgs/{org:guid}";
    private const string User = "users/{user:guid}";
    private const string Room = Org + "/rooms/{room:guid}";
    private const string ChatId = "{chat:guid}";

    private static readonly string[] UpdateMethods = [HttpMethods.Patch, HttpMethods.Put];

    private readonly SimulatorState _state;
    private readonly SimulatorData _data;
    private readonly ChatListing _listing;
    private readonly ChatUpdates _updates;

    private ChatEndpoints(SimulatorState state)
    {
        _state = state;
        _data = state.Data;
        _listing = new ChatListing(state);
        _updates = new ChatUpdates(state);
    }

    /// <param name="api">The route group for <c>/api/v5</c>.</param>
    /// <param name="state">The simulator the routes serve.</param>
    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var chats = new ChatEndpoints(state);

        foreach (var (collection, scope) in new[] { ("owned_chats", ChatScope.Owned), ("routed_chats", ChatScope.Routed), ("involved_chats", ChatScope.Involved) })
        {
            api.MapGet($"{Org}/{collection}", context => chats.ListForOrganization(context, scope));
            api.MapGet($"{Org}/{collection}/{ChatId}", context => chats.GetForOrganization(context, scope));
        }

        api.MapMethods($"{Org}/owned_chats/{ChatId}", UpdateMethods, context => chats.UpdateForOrganization(context, ChatScope.Owned));

        api.MapGet($"{Room}/chats", context => chats.ListForRoom(context, pendingOnly: false));
        api.MapGet($"{Org}/users/{{user:guid}}/chats", chats.ListOlderForUser);
        api.MapGet($"{User}/rooms/{{room:guid}}/visitors/{{visitor}}/chats", chats.ListVisitorForUser);
        api.MapGet($"{Room}/pending_chats", context => chats.ListForRoom(context, pendingOnly: true));
        api.MapGet($"{Room}/visitors/{{visitor}}/chats", chats.ListForVisitor);

        api.MapGet($"{User}/chats", context => chats.ListForUser(context, ChatScope.UserMember, ChatListParameters.UserChats));
        api.MapGet($"{User}/pending_chats", context => chats.ListForUser(context, ChatScope.Routed, ChatListParameters.Organization, pendingOnly: true));
        api.MapGet($"{User}/routed_chats", context => chats.ListForUser(context, ChatScope.Routed, ChatListParameters.Organization));
        api.MapGet($"{User}/routed_chats/{ChatId}", context => chats.GetForUser(context, ChatScope.Routed));
        api.MapMethods($"{User}/chats/{ChatId}", UpdateMethods, chats.UpdateForUser);
    }

    private Task ListForOrganization(HttpContext context, ChatScope scope) =>
        ApiAccess.CheckOrganization(context, _data) is { } denied
            ? denied.WriteAsync(context)
            : _listing.WriteAsync(context, _data.ChatsIn(scope), ChatListParameters.Organization);

    private Task GetForOrganization(HttpContext context, ChatScope scope) =>
        ApiAccess.CheckOrganization(context, _data) is { } denied ? denied.WriteAsync(context) : WriteChatAsync(context, Find(context, scope));

    private Task UpdateForOrganization(HttpContext context, ChatScope scope) =>
        ApiAccess.CheckOrganization(context, _data) is { } denied ? denied.WriteAsync(context) : UpdateAsync(context, Find(context, scope));

    private Task ListForRoom(HttpContext context, bool pendingOnly)
    {
        if (ApiAccess.CheckOrganization(context, _data) is { } denied)
        {
            return denied.WriteAsync(context);
        }

        return FindOwnedRoom(context) is { } room
            ? _listing.WriteAsync(context, _data.InRoom(room), ChatListParameters.Organization, pendingOnly,
                write: !pendingOnly && _state.Readings.HasFlag(ApiReadings.RoomChatsInOlderShape) ? OlderChatJson.Write : null)
            : ApiError.NotFound.WriteAsync(context);
    }

    /// <summary>004's chats of a user, in 004's shape; it documents no parameters (the common ones are read anyway).</summary>
    private Task ListOlderForUser(HttpContext context) =>
        (ApiAccess.CheckOrganization(context, _data) ?? ApiAccess.CheckUser(context, _data)) is { } denied
            ? denied.WriteAsync(context)
            : _listing.WriteAsync(context, _data.ChatsIn(ChatScope.UserMember), ChatListParameters.Common, write: OlderChatJson.Write);

    /// <summary>001: 404 for an unknown room or visitor; the visitor's chats in the room (no documented parameters).</summary>
    private Task ListVisitorForUser(HttpContext context) =>
        ApiAccess.CheckUser(context, _data) is { } denied
            ? denied.WriteAsync(context)
            : _data.FindRoom(RouteValues.Guid(context, "room")) is { } room
                && VisitorIds.TryParse(RouteValues.Text(context, "visitor"), out var visitor)
                && _data.IsKnownVisitor(visitor)
                    ? _listing.WriteAsync(context, _data.InRoom(room), ChatListParameters.Common, visitor: visitor)
                    : ApiError.NotFound.WriteAsync(context);

    private Task ListForVisitor(HttpContext context)
    {
        if (ApiAccess.CheckOrganization(context, _data) is { } denied)
        {
            return denied.WriteAsync(context);
        }

        // A visitor nobody has chatted with is unknown (404); a known visitor may have no chats in this room.
        return FindOwnedRoom(context) is { } room
            && VisitorIds.TryParse(RouteValues.Text(context, "visitor"), out var visitor)
            && _data.IsKnownVisitor(visitor)
                ? _listing.WriteAsync(context, _data.InRoom(room), ChatListParameters.Organization, visitor: visitor)
                : ApiError.NotFound.WriteAsync(context);
    }

    private Task ListForUser(HttpContext context, ChatScope scope, ChatListParameters parameters, bool pendingOnly = false) =>
        ApiAccess.CheckUser(context, _data) is { } denied
            ? denied.WriteAsync(context)
            : _listing.WriteAsync(context, _data.ChatsIn(scope), parameters, pendingOnly);

    private Task GetForUser(HttpContext context, ChatScope scope) =>
        ApiAccess.CheckUser(context, _data) is { } denied ? denied.WriteAsync(context) : WriteChatAsync(context, Find(context, scope));

    private Task UpdateForUser(HttpContext context) =>
        ApiAccess.CheckUser(context, _data) is { } denied ? denied.WriteAsync(context) : UpdateAsync(context, Find(context, ChatScope.UserMember));

    private Task UpdateAsync(HttpContext context, SimChat? chat) =>
        chat is null ? ApiError.NotFound.WriteAsync(context) : _updates.ApplyAsync(context, chat);

    private static Task WriteChatAsync(HttpContext context, SimChat? chat) =>
        chat is null
            ? ApiError.NotFound.WriteAsync(context)
            : JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, chat, ChatJson.Write);

    /// <summary>The chat in the path, if it exists and belongs to the collection.</summary>
    private SimChat? Find(HttpContext context, ChatScope scope) =>
        _data.FindChat(RouteValues.Guid(context, "chat")) is { } chat && _data.Contains(scope, chat) ? chat : null;

    /// <summary>Room routes live under the organization, so they reach its own rooms only.</summary>
    private SimRoom? FindOwnedRoom(HttpContext context) =>
        _data.FindRoom(RouteValues.Guid(context, "room")) is { IsShared: false } room ? room : null;
}
