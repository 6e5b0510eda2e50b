using System.Text.Json;
using Giosg.Simulator.Auth;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Memberships;
using Giosg.Simulator.Messages;
using Giosg.Simulator.Paging;
using Giosg.Simulator.Readings;

namespace Giosg.Simulator.Live;

/// <summary>
/// The conversation writes of 001: send a message to a user's chat, join a chat (org families with a
/// <c>member_id</c>, the user's routed and pending chats), change and list the user's chat memberships.
/// Ended chats take no messages (409) and no new members (404), and a membership of one cannot change (400).
/// </summary>
internal sealed class LiveEndpoints(SimulatorState state)
{
    private const string User = "users/{user:guid}";
    private static readonly ApiError Ended = ApiError.BadRequest("Chat has ended.");
    private static readonly string[] Templates = ["generic", "interaction", "external"];

    private SimulatorData Data => state.Data;

    private SimulatorActivity Activity => state.Data.Activity;

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var live = new LiveEndpoints(state);
        api.MapPost($"{ChatFamily.UserChats.Route}/messages", live.SendAsync);
        foreach (var family in (ChatFamily[])[ChatFamily.Owned, ChatFamily.Routed, ChatFamily.Involved, ChatFamily.UserRouted])
        {
            api.MapPost($"{family.Route}/memberships", context => live.JoinAsync(context, family.Find(context, state.Data, out var error), error, byMember: family != ChatFamily.UserRouted));
        }

        api.MapPost($"{User}/pending_chats/{{chat:guid}}/memberships", live.JoinPendingAsync);
        api.MapPut($"{User}/chat_memberships/{{chat:guid}}", live.UpdateAsync);
        api.MapGet($"{User}/chat_memberships", live.ListAsync);
    }

    /// <summary>200 with the message; 404 unless the user is a member; 409 for an ended chat.</summary>
    private async Task SendAsync(HttpContext context)
    {
        if (ChatFamily.UserChats.Find(context, Data, out var error) is not { } chat)
        {
            await error!.WriteAsync(context);
            return;
        }

        using var body = await ReadAsync(context);
        if ((body is null ? ApiError.BadRequest("JSON parse error.") : Validate(body.RootElement)) is { } invalid)
        {
            await invalid.WriteAsync(context);
            return;
        }

        if (chat.IsEnded)
        {
            await ApiError.Detail(StatusCodes.Status409Conflict, "Chat has ended.").WriteAsync(context);
            return;
        }

        var root = body!.RootElement;
        var user = Data.TokenUser;
        var text = root.GetProperty("message").GetString()!;
        var template = root.TryGetProperty("attachment_template", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var attachments = root.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array ? a.GetRawText() : null;
        SimMessage? sent = null;
        Activity.AddMessage(new SentMessage(chat.Id, Guid.NewGuid(), user.Id, text, template, attachments), state.Clock.UtcTicks, ticks => sent = new SimMessage
        {
            Id = Guid.NewGuid(),
            Type = MessageType.Msg,
            CreatedTicks = ticks,
            Speaker = Speaker.FirstUser,
            User = user,
            Text = text,
            AttachmentTemplate = template,
            AttachmentsJson = attachments,
        });
        Touch(chat, stopWaiting: true);
        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, (new Conversation(chat, [], []), sent!), static (writer, args) => MessageJson.Write(writer, args.Item1, args.Item2));
    }

    /// <summary>201 for a new membership, 200 for an existing one; 404 for an ended chat.</summary>
    private async Task JoinAsync(HttpContext context, SimChat? chat, ApiError? error, bool byMember)
    {
        if (chat is null)
        {
            await error!.WriteAsync(context);
            return;
        }

        using var body = await ReadAsync(context);
        var member = Data.TokenUser;
        if (byMember)
        {
            member = body?.RootElement.ValueKind == JsonValueKind.Object && body.RootElement.TryGetProperty("member_id", out var id) && id.ValueKind == JsonValueKind.String
                && Guid.TryParse(id.GetString(), out var memberId) ? Data.Users.FirstOrDefault(user => user.Id == memberId && user.OrganizationId == Data.OrganizationId) : null;
            if (member is null)
            {
                await ApiError.Field("member_id", "This field is required: a user of the organization.").WriteAsync(context);
                return;
            }
        }

        if (MembershipBody(body, requireAll: true, out var participating) is { } invalid)
        {
            await invalid.WriteAsync(context);
            return;
        }

        if (chat.IsEnded)
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        var existing = chat.IsMember(member) || Activity.Joined(chat.Id, member.Id) is not null;
        SetParticipation(chat, member, participating!.Value, newMember: !existing);
        await WriteMembershipAsync(context, existing ? StatusCodes.Status200OK : StatusCodes.Status201Created, chat, member);
    }

    /// <summary>Joining a pending chat: 404 once it is no longer pending (or has ended), as 001 says.</summary>
    private Task JoinPendingAsync(HttpContext context)
    {
        var denied = ApiAccess.CheckUser(context, Data);
        var chat = denied is null && Data.FindChat(RouteValues.Guid(context, "chat")) is { IsPending: true } pending ? pending : null;
        return JoinAsync(context, chat, denied ?? ApiError.NotFound, byMember: false);
    }

    /// <summary>PUT (is_participating and composing_status required) or PATCH; 404 unless a member, 400 once ended.</summary>
    private async Task UpdateAsync(HttpContext context)
    {
        var user = Data.TokenUser;
        if (ApiAccess.CheckUser(context, Data) is { } denied)
        {
            await denied.WriteAsync(context);
            return;
        }

        if (Data.FindChat(RouteValues.Guid(context, "chat")) is not { } chat || !(chat.IsMember(user) || Activity.Joined(chat.Id, user.Id) is not null))
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        using var body = await ReadAsync(context);
        if ((MembershipBody(body, requireAll: true, out var participating) ?? (chat.IsEnded ? Ended : null)) is { } invalid)
        {
            await invalid.WriteAsync(context);
            return;
        }

        if (participating is { } value)
        {
            SetParticipation(chat, user, value, newMember: false);
        }

        if (state.Readings.HasFlag(ApiReadings.MembershipUpdateWithoutBody))
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            return;
        }

        await WriteMembershipAsync(context, StatusCodes.Status200OK, chat, user);
    }

    /// <summary>The user's memberships over every chat they are a member of, oldest chat first; <c>is_participating</c> filters.</summary>
    private async Task ListAsync(HttpContext context)
    {
        if (ApiAccess.CheckUser(context, Data) is { } denied)
        {
            await denied.WriteAsync(context);
            return;
        }

        var reader = new QueryReader(context.Request.Query);
        var participating = reader.Boolean("is_participating");
        var cursor = CursorParameter.Read(reader, SortField.Memberships);
        if (reader.Error is { } invalid)
        {
            await invalid.WriteAsync(context);
            return;
        }

        var user = Data.TokenUser;
        var chats = Data.WithMember(user).Concat(Activity.ChatsJoinedBy(user.Id).Select(id => Data.FindChat(id)!)).Distinct();
        var list = new KeyedList<SimChat>(SortField.Memberships, chats, chat => new ChatKey(chat.CreatedTicks, chat.Id));
        var page = CursorPager.Read(list, chat => participating is null || LiveMembers.IsParticipating(chat, user, Activity) == participating, descending: false, cursor, state.PageSize);
        await CursorPageJson.WriteAsync(context, page, (writer, chat) => WriteMembership(writer, chat, user));
    }

    private void SetParticipation(SimChat chat, SimUser user, bool participating, bool newMember)
    {
        var was = LiveMembers.IsParticipating(chat, user, Activity);
        Activity.SetParticipation(chat.Id, user, participating, newMember, state.Clock.UtcTicks, was, (type, ticks) => new SimMessage
        {
            Id = Guid.NewGuid(),
            Type = type,
            CreatedTicks = ticks,
            Speaker = Speaker.FirstUser,
            User = user,
        });
        if (participating && !was)
        {
            // A present user takes the chat off the pending lists (001); the simulator's presence flags know
            // only the seeded members, so it ends the waiting instead, which is what makes a chat pending.
            Touch(chat, stopWaiting: chat.IsPending);
        }
    }

    private Task WriteMembershipAsync(HttpContext context, int status, SimChat chat, SimUser user) =>
        JsonResponse.WriteAsync(context.Response, status, (chat, user), (writer, args) => WriteMembership(writer, args.chat, args.user));

    private void WriteMembership(Utf8JsonWriter writer, SimChat chat, SimUser user)
    {
        var conversation = ConversationSeeder.Generate(chat, state.Seed);
        MembershipJson.Write(writer, conversation, LiveMembers.For(conversation, user, Activity)!, chat.Lifecycle);
    }

    /// <summary>A new message (or member) is activity: it moves <c>updated_at</c>, and a message answers a waiting chat.</summary>
    private void Touch(SimChat chat, bool stopWaiting)
    {
        while (true)
        {
            var current = chat.Lifecycle;
            var next = (stopWaiting ? current.StopWaiting(state.Clock.UtcTicks) : current) with { UpdatedTicks = state.Clock.UtcTicks };
            if (current.IsEnded || Data.TryChange(chat, current, next))
            {
                return;
            }
        }
    }

    private static async Task<JsonDocument?> ReadAsync(HttpContext context)
    {
        try
        {
            return await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>is_participating (boolean) and composing_status (idle, typing, typed); both required to create or PUT.</summary>
    private static ApiError? MembershipBody(JsonDocument? body, bool requireAll, out bool? participating)
    {
        participating = null;
        if (body?.RootElement is not { ValueKind: JsonValueKind.Object } root)
        {
            return ApiError.Field("non_field_errors", "Invalid data. Expected a dictionary.");
        }

        if (root.TryGetProperty("is_participating", out var value))
        {
            if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                return ApiError.Field("is_participating", "Must be a valid boolean.");
            }

            participating = value.GetBoolean();
        }
        else if (requireAll)
        {
            return ApiError.Field("is_participating", "This field is required.");
        }

        var hasStatus = root.TryGetProperty("composing_status", out var status);
        if (hasStatus && !(status.ValueKind == JsonValueKind.String && status.GetString() is "idle" or "typing" or "typed"))
        {
            return ApiError.Field("composing_status", "Select a valid choice: idle, typing or typed.");
        }

        return !hasStatus && requireAll ? ApiError.Field("composing_status", "This field is required.") : null;
    }

    /// <summary>001's rules for a message: text up to 2000 characters; attachments as their template requires.</summary>
    private static ApiError? Validate(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("message", out var message) || message.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(message.GetString()))
        {
            return ApiError.Field("message", "This field is required.");
        }

        if (message.GetString()!.Length > 2000)
        {
            return ApiError.Field("message", "Ensure this field has no more than 2000 characters.");
        }

        var template = root.TryGetProperty("attachment_template", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (template is not null && !Templates.Contains(template))
        {
            return ApiError.Field("attachment_template", $"\"{template}\" is not a valid choice.");
        }

        var attachments = root.TryGetProperty("attachments", out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().ToArray() : [];
        if (template == "interaction" && attachments.Length > 1)
        {
            return ApiError.Field("attachments", "Only one attachment is allowed with the interaction template.");
        }

        string[] needed = template switch { "interaction" => ["interaction_id"], "external" => ["attachment_url"], _ => ["title", "text", "image_url", "actions"] };
        return attachments.Any(attachment => attachment.ValueKind != JsonValueKind.Object || !needed.Any(name => attachment.TryGetProperty(name, out _)))
            ? ApiError.Field("attachments", $"Each attachment needs {string.Join(" or ", needed)}.")
            : null;
    }
}
