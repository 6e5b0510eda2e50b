using System.Collections.Concurrent;
using System.Text.Json;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>
/// Starting chats (001: a user's empty chat, a user's chat with a visitor; 004: a room's chat with a visitor,
/// <c>auto_resume</c> in the query or the payload). Started chats are remembered per room and visitor so a
/// second start finds them (200); they are not added to the seeded listings.
/// </summary>
internal sealed class ChatStartEndpoints(SimulatorState state)
{
    private static readonly ApiError Taken = ApiError.Detail(StatusCodes.Status409Conflict, "Someone else already has a chat with the visitor.");

    private readonly ConcurrentDictionary<(Guid Room, UInt128 Visitor), Guid> _started = new();

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var starts = new ChatStartEndpoints(state);
        api.MapPost("users/{user:guid}/chats", starts.StartEmptyAsync);
        api.MapPost("users/{user:guid}/rooms/{room:guid}/visitors/{visitor}/chats", starts.StartAsUserAsync);
        api.MapPost("orgs/{org:guid}/rooms/{room:guid}/visitors/{visitor}/chats", starts.StartInRoomAsync);
    }

    /// <summary>201 with a new <c>operator</c> chat; 001 names no room for it, so the first own room stands in.</summary>
    private async Task StartEmptyAsync(HttpContext context)
    {
        var (_, error) = await JsonBody.ReadAsync(context);
        if ((ApiAccess.CheckUser(context, state.Data) ?? error) is { } refused)
        {
            await refused.WriteAsync(context);
            return;
        }

        await WriteNewAsync(context, state.Data.Rooms[0], "operator", older: false);
    }

    /// <summary>403 for a room the user cannot reach; 404 for an unknown visitor; 200 with the visitor's open chat the user is in or can join (no user yet), or one started before; 409 when it is someone else's.</summary>
    private async Task StartAsUserAsync(HttpContext context)
    {
        var (_, error) = await JsonBody.ReadAsync(context);
        if ((ApiAccess.CheckUser(context, state.Data) ?? error) is { } refused)
        {
            await refused.WriteAsync(context);
            return;
        }

        if (state.Data.FindRoom(RouteValues.Guid(context, "room")) is not { } room)
        {
            await ApiError.PermissionDenied.WriteAsync(context);
            return;
        }

        if (!TryVisitor(context, out var visitor))
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        var open = state.Data.InRoom(room).FirstOrDefault(chat => !chat.IsEnded && chat.VisitorId == VisitorIds.Format(visitor));
        if (open is not null)
        {
            await (open.UserMembers.Count == 0 || open.UserMembers.Contains(state.Data.TokenUser)
                ? JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, open, ChatJson.Write)
                : Taken.WriteAsync(context));
            return;
        }

        await StartOrFindAsync(context, room, visitor, resume: true, older: false);
    }

    /// <summary>404 for a room the organization does not own or an unknown visitor; 201 new; with <c>auto_resume</c>, 200 with the chat started before.</summary>
    private async Task StartInRoomAsync(HttpContext context)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        if ((ApiAccess.CheckOrganization(context, state.Data) ?? error) is { } refused)
        {
            await refused.WriteAsync(context);
            return;
        }

        if (state.Data.FindRoom(RouteValues.Guid(context, "room")) is not { IsShared: false } room || !TryVisitor(context, out var visitor))
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        var resume = context.Request.Query["auto_resume"].ToString() is { Length: > 0 } || body.Text("auto_resume") is not null;
        await StartOrFindAsync(context, room, visitor, resume, older: true);
    }

    private bool TryVisitor(HttpContext context, out UInt128 visitor) =>
        VisitorIds.TryParse(RouteValues.Text(context, "visitor"), out visitor) && state.Data.IsKnownVisitor(visitor);

    private Task StartOrFindAsync(HttpContext context, SimRoom room, UInt128 visitor, bool resume, bool older)
    {
        if (resume && _started.TryGetValue((room.Id, visitor), out var existing))
        {
            return WriteAsync(context, StatusCodes.Status200OK, existing, room, "visitor", older);
        }

        var id = Guid.NewGuid();
        _started[(room.Id, visitor)] = id;
        return WriteAsync(context, StatusCodes.Status201Created, id, room, "visitor", older);
    }

    private Task WriteNewAsync(HttpContext context, SimRoom room, string type, bool older) =>
        WriteAsync(context, StatusCodes.Status201Created, Guid.NewGuid(), room, type, older);

    /// <summary>A just-started chat: open, not waiting, no messages; in 001's or 004's shape.</summary>
    private Task WriteAsync(HttpContext context, int status, Guid id, SimRoom room, string type, bool older)
    {
        var now = DateTimeText.ToText(state.Clock.UtcTicks);
        return JsonResponse.WriteAsync(context.Response, status, (id, room, type, older, now), static (writer, chat) =>
        {
            writer.WriteStartObject();
            writer.WriteString("id", chat.id);
            writer.WriteString(chat.older ? "start_time" : "created_at", chat.now);
            writer.WriteString("updated_at", chat.now);
            writer.WriteString("room_id", chat.room.Id);
            writer.WriteNumber("message_count", 0);
            if (chat.older)
            {
                writer.WriteNull("end_time");
                writer.WriteBoolean("is_waiting_response", false);
            }
            else
            {
                writer.WriteNull("ended_at");
                writer.WriteBoolean("is_ended", false);
                writer.WriteBoolean("is_waiting", false);
                writer.WriteString("room_name", chat.room.Name);
                writer.WriteString("room_organization_id", chat.room.OrganizationId);
                writer.WriteString("chat_type", chat.type);
            }

            writer.WriteEndObject();
        });
    }
}
