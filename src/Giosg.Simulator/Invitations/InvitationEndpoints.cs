using System.Text.Json;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Invitations;

/// <summary>
/// 001's chat invitations with their documented codes: list, send and expire a user's outgoing invitations
/// of a chat (<c>users/{user}/chats/{chat}/outgoing_chat_invitations</c>), list and answer the user's
/// incoming ones (<c>users/{user}/incoming_chat_invitations</c>). Teams do not exist here, so inviting one is
/// 404. Answering <c>{"is_accepted": false}</c> declines: the invitation expires (docs/api-assumptions.md).
/// Lists are one page, oldest first.
/// </summary>
internal sealed class InvitationEndpoints(SimulatorState state)
{
    private const string Outgoing = "users/{user:guid}/chats/{chat:guid}/outgoing_chat_invitations";
    private const string Incoming = "users/{user:guid}/incoming_chat_invitations";
    private static readonly string[] UpdateMethods = [HttpMethods.Patch, HttpMethods.Put];
    private static readonly string[] Invitees = ["invited_user_id", "invited_team_id", "invited_organization_id"];

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoints = new InvitationEndpoints(state);
        api.MapGet(Outgoing, endpoints.ListOutgoingAsync);
        api.MapPost(Outgoing, endpoints.SendAsync);
        api.MapMethods(Outgoing + "/{id:guid}", UpdateMethods, context => endpoints.AnswerAsync(context, outgoing: true));
        api.MapGet(Incoming, endpoints.ListIncomingAsync);
        api.MapMethods(Incoming + "/{id:guid}", UpdateMethods, context => endpoints.AnswerAsync(context, outgoing: false));
    }

    private Task ListOutgoingAsync(HttpContext context) =>
        ChatFamily.UserChats.Find(context, state.Data, out var error) is { } chat
            ? WriteListAsync(context, invitation => invitation.Chat == chat && invitation.InvitedBy == state.Data.TokenUser)
            : error!.WriteAsync(context);

    private Task ListIncomingAsync(HttpContext context) =>
        ApiAccess.CheckUser(context, state.Data) is { } denied
            ? denied.WriteAsync(context)
            : WriteListAsync(context, invitation => invitation.InvitedUserId == state.Data.TokenUser.Id);

    private async Task SendAsync(HttpContext context)
    {
        if (ChatFamily.UserChats.Find(context, state.Data, out var error) is not { } chat)
        {
            await error!.WriteAsync(context);
            return;
        }

        using var body = await ReadAsync(context);
        var invitee = Invitees
            .Select(name => (Name: name, Id: body is not null && body.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && Guid.TryParse(value.GetString(), out var id) ? id : (Guid?)null))
            .Where(candidate => candidate.Id is not null).ToArray();
        if (invitee.Length != 1)
        {
            await ApiError.BadRequest("Define exactly one of invited_user_id, invited_team_id or invited_organization_id.").WriteAsync(context);
            return;
        }

        var (name, invitedId) = (invitee[0].Name, invitee[0].Id!.Value);
        var user = name == "invited_user_id" ? state.Data.Users.FirstOrDefault(known => known.Id == invitedId) : null;
        var organization = name == "invited_organization_id" && state.Data.Rooms.Any(room => room.OrganizationId == invitedId) ? invitedId : (Guid?)null;
        if (user is null && organization is null)
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        var (invitation, created) = state.Invitations.Send(chat, state.Data.TokenUser, user, organization, state.Clock.UtcTicks);
        await JsonResponse.WriteAsync(context.Response, created ? StatusCodes.Status201Created : StatusCodes.Status200OK, invitation, Write);
    }

    private async Task AnswerAsync(HttpContext context, bool outgoing)
    {
        ApiError? error = null;
        var invitation = outgoing
            ? (ChatFamily.UserChats.Find(context, state.Data, out error) is { } chat ? state.Invitations.Find(RouteValues.Guid(context, "id"), chat, state.Data.TokenUser) : null)
            : (error = ApiAccess.CheckUser(context, state.Data)) is null ? state.Invitations.FindIncoming(RouteValues.Guid(context, "id"), state.Data.TokenUser) : null;
        if (invitation is null)
        {
            await (error ?? ApiError.NotFound).WriteAsync(context);
            return;
        }

        using var body = await ReadAsync(context);
        var field = outgoing ? "is_expired" : "is_accepted";
        if (body is null || !body.RootElement.TryGetProperty(field, out var value) || value.ValueKind is not (JsonValueKind.True or JsonValueKind.False)
            || (outgoing && value.ValueKind == JsonValueKind.False))
        {
            await ApiError.Field(field, outgoing ? "This field is required and must be true." : "This field is required.").WriteAsync(context);
            return;
        }

        var refusal = state.Invitations.Answer(invitation, outgoing ? null : value.GetBoolean(), state.Data.TokenUser, state.Clock.UtcTicks);
        await (refusal is null ? JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, invitation, Write) : ApiError.BadRequest(refusal).WriteAsync(context));
    }

    private Task WriteListAsync(HttpContext context, Func<SimInvitation, bool> belongs)
    {
        var reader = new QueryReader(context.Request.Query);
        var (accepted, expired) = (reader.Boolean("is_accepted"), reader.Boolean("is_expired"));
        if (reader.Error is { } error)
        {
            return error.WriteAsync(context);
        }

        // 001: is_accepted=false means "pending but not expired".
        var items = state.Invitations.All().Where(belongs)
            .Where(invitation => accepted is null || (accepted.Value ? invitation.IsAccepted : invitation.IsPending))
            .Where(invitation => expired is null || invitation.IsExpired == expired.Value).ToArray();
        return CursorPageJson.WriteAsync(context, new CursorPage<SimInvitation>(items, null, null), Write);
    }

    private static async Task<JsonDocument?> ReadAsync(HttpContext context)
    {
        try
        {
            var document = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                return document;
            }

            document.Dispose();
        }
        catch (JsonException)
        {
        }

        return null;
    }

    private static void Write(Utf8JsonWriter writer, SimInvitation invitation)
    {
        var expiredTicks = invitation.ExpiredTicks != 0 ? invitation.ExpiredTicks : invitation.IsExpired ? invitation.Chat.EndedAt!.Value.UtcTicks : 0;
        writer.WriteStartObject();
        writer.WriteString("id", invitation.Id);
        writer.WriteBoolean("is_accepted", invitation.IsAccepted);
        writer.WriteBoolean("is_expired", invitation.IsExpired);
        writer.WriteString("invited_by_user_id", invitation.InvitedBy.Id);
        writer.WriteStartObject("invited_by_user");
        writer.WriteString("id", invitation.InvitedBy.Id);
        writer.WriteString("full_name", invitation.InvitedBy.Name);
        writer.WriteString("organization_id", invitation.InvitedBy.OrganizationId);
        writer.WriteEndObject();
        writer.WriteString("chat_id", invitation.Chat.Id);
        writer.WriteString("room_id", invitation.Chat.RoomId);
        writer.WriteStringOrNull(JsonEncodedText.Encode("invited_user_id"), invitation.InvitedUserId);
        writer.WriteNull("invited_team_id");
        writer.WriteStringOrNull(JsonEncodedText.Encode("invited_organization_id"), invitation.InvitedOrganizationId);
        writer.WriteString("invitee_name", invitation.InviteeName);
        writer.WriteStringOrNull(JsonEncodedText.Encode("accepted_by_user_id"), invitation.AcceptedBy);
        writer.WriteNumber("user_member_count", invitation.Chat.UserMembers.Count);
        writer.WriteNumber("visitor_member_count", invitation.Chat.VisitorId is null ? 0 : 1);
        writer.WriteDateTime(JsonEncodedText.Encode("created_at"), invitation.CreatedTicks, utcDesignator: true);
        writer.WriteDateTime(JsonEncodedText.Encode("updated_at"), invitation.UpdatedTicks, utcDesignator: true);
        writer.WriteDateTimeOrNull(JsonEncodedText.Encode("accepted_at"), invitation.AcceptedTicks, utcDesignator: true);
        writer.WriteDateTimeOrNull(JsonEncodedText.Encode("expired_at"), expiredTicks, utcDesignator: true);
        writer.WriteEndObject();
    }
}
