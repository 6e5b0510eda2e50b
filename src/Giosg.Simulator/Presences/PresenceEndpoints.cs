using System.Text.Json;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Presences;

/// <summary>
/// 004's presences and participations: <c>GET|POST orgs/{org}/chats/{chat}/presences</c>,
/// <c>DELETE …/presences/{user}</c>, <c>GET orgs/{org}/users/{user}/chats/{chat}/participations</c> and
/// <c>GET orgs/{org}/users/{user}/current_chats</c>. Lists are one page; 004 documents no codes for
/// DELETE, so it answers 204, or 404 for an unknown chat or a user who is not present.
/// </summary>
internal sealed class PresenceEndpoints(SimulatorState state)
{
    private const string Chat = "orgs/{org:guid}/chats/{chat:guid}/presences";
    private readonly ChatListing _listing = new(state);

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoints = new PresenceEndpoints(state);
        api.MapGet(Chat, endpoints.ListAsync);
        api.MapPost(Chat, endpoints.AddAsync);
        api.MapDelete(Chat + "/{user:guid}", endpoints.RemoveAsync);
        api.MapGet("orgs/{org:guid}/users/{user:guid}/chats/{chat:guid}/participations", endpoints.ParticipationsAsync);
        api.MapGet("orgs/{org:guid}/users/{user:guid}/current_chats", endpoints.CurrentChatsAsync);
    }

    private Task ListAsync(HttpContext context) =>
        Find(context, out var error) is { } chat
            ? CursorPageJson.WriteAsync(context, new CursorPage<(Guid, long)>(state.Presences.Of(chat), null, null), WritePresence)
            : error!.WriteAsync(context);

    private async Task AddAsync(HttpContext context)
    {
        if (Find(context, out var error) is not { } chat)
        {
            await error!.WriteAsync(context);
            return;
        }

        var user = await ReadUserAsync(context);
        if (user is null)
        {
            await ApiError.Field("user_id", "This field is required.").WriteAsync(context);
            return;
        }

        var present = state.Presences.Of(chat);
        if (present.Any(entry => entry.User == user))
        {
            await WriteOneAsync(context, StatusCodes.Status200OK, present.First(entry => entry.User == user));
        }
        else if (chat.IsEnded || !state.Data.Users.Any(known => known.Id == user))
        {
            await ApiError.BadRequest("The user does not have permissions to join the chat.").WriteAsync(context);
        }
        else if (context.Request.Query["exclusive"] == "true" && present.Count > 0)
        {
            await ApiError.BadRequest("Another operator has already joined the chat.").WriteAsync(context);
        }
        else
        {
            var entry = (user.Value, state.Clock.UtcTicks);
            await WriteOneAsync(context, state.Presences.Add(chat, user.Value, entry.UtcTicks) ? StatusCodes.Status201Created : StatusCodes.Status200OK, entry);
        }
    }

    private Task RemoveAsync(HttpContext context)
    {
        if (Find(context, out var error) is not { } chat)
        {
            return error!.WriteAsync(context);
        }

        if (!state.Presences.Remove(chat, RouteValues.Guid(context, "user")))
        {
            return ApiError.NotFound.WriteAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    /// <summary>The visitor and every user who sent at least one message.</summary>
    private Task ParticipationsAsync(HttpContext context)
    {
        if (Find(context, out var error) is not { } chat || !state.Data.Users.Any(user => user.Id == RouteValues.Guid(context, "user")))
        {
            return (error ?? ApiError.NotFound).WriteAsync(context);
        }

        var conversation = ConversationSeeder.Generate(chat, state.Seed);
        var participants = conversation.Members.Where(member => member.MessageCount > 0 || (member.User is null && chat.VisitorMessageCount > 0))
            .Select(member => member.User is { } user ? (user.Id.ToString("D"), "user") : (conversation.VisitorId!, "visitor")).ToArray();
        return CursorPageJson.WriteAsync(context, new CursorPage<(string, string)>(participants, null, null), static (writer, participant) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", participant.Item1);
            writer.WriteString("type", participant.Item2);
            writer.WriteEndObject();
        });
    }

    private Task CurrentChatsAsync(HttpContext context)
    {
        if (ApiAccess.CheckOrganization(context, state.Data) is { } denied)
        {
            return denied.WriteAsync(context);
        }

        var user = RouteValues.Guid(context, "user");
        var chats = state.Data.Chats.Where(chat => state.Presences.Of(chat).Any(entry => entry.User == user)).ToArray();
        return _listing.WriteAsync(context, chats, ChatListParameters.Common);
    }

    private SimChat? Find(HttpContext context, out ApiError? error)
    {
        error = ApiAccess.CheckOrganization(context, state.Data) ?? (state.Data.FindChat(RouteValues.Guid(context, "chat")) is null ? ApiError.NotFound : null);
        return error is null ? state.Data.FindChat(RouteValues.Guid(context, "chat")) : null;
    }

    private static async Task<Guid?> ReadUserAsync(HttpContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            return body.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("user_id", out var id)
                && id.ValueKind == JsonValueKind.String && Guid.TryParse(id.GetString(), out var user) ? user : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Task WriteOneAsync(HttpContext context, int status, (Guid User, long Ticks) entry) =>
        JsonResponse.WriteAsync(context.Response, status, entry, WritePresence);

    private static void WritePresence(Utf8JsonWriter writer, (Guid User, long Ticks) entry)
    {
        writer.WriteStartObject();
        writer.WriteString("user_id", entry.User);
        writer.WriteDateTime(JsonEncodedText.Encode("created_at"), entry.Ticks, utcDesignator: true);
        writer.WriteEndObject();
    }
}
