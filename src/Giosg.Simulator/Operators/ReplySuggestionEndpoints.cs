using System.Collections.Concurrent;
using System.Text.Json;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Operators;

/// <summary>
/// Reply suggestions (001) of a user's chats and routed chats: list per chat or per message (<c>ordering</c>
/// by created_at), add to a message (201), update (200). 404 for a chat outside the family, a message not
/// in the chat, or an unknown suggestion. Each listing is one page: a chat has a handful.
/// </summary>
internal sealed class ReplySuggestionEndpoints(SimulatorState state)
{
    private static readonly ApiError BadOrdering = ApiError.Field("ordering", "Select created_at or -created_at.");

    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<Suggestion>> _byChat = new();

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoints = new ReplySuggestionEndpoints(state);
        foreach (var family in new[] { ChatFamily.UserChats, ChatFamily.UserRouted })
        {
            var message = family.Route + "/messages/{message:guid}/reply_suggestions";
            api.MapGet(family.Route + "/reply_suggestions", context => endpoints.ListAsync(context, family, byMessage: false));
            api.MapGet(message, context => endpoints.ListAsync(context, family, byMessage: true));
            api.MapPost(message, context => endpoints.AddAsync(context, family));
            api.MapMethods(message + "/{id}", [HttpMethods.Patch, HttpMethods.Put], context => endpoints.UpdateAsync(context, family));
        }
    }

    private Task ListAsync(HttpContext context, ChatFamily family, bool byMessage)
    {
        var ordering = context.Request.Query["ordering"].ToString();
        if (Find(context, family, byMessage, out var error) is not { } chat || (error = ordering is "" or "created_at" or "-created_at" ? null : BadOrdering) is not null)
        {
            return error!.WriteAsync(context);
        }

        var message = byMessage ? RouteValues.Guid(context, "message") : Guid.Empty;
        var list = Of(chat.Id).Where(suggestion => !byMessage || suggestion.MessageId == message).ToList();
        if (ordering == "-created_at")
        {
            list.Reverse();
        }

        return JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, list, static (writer, items) =>
        {
            writer.WriteStartObject();
            writer.WriteNull("next");
            writer.WriteNull("previous");
            writer.WriteStartArray("results");
            items.ForEach(item => Write(writer, item));
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>201; 400 for a missing suggestion or a score outside 0..1.</summary>
    private async Task AddAsync(HttpContext context, ChatFamily family)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        if (Find(context, family, byMessage: true, out var missing) is not { } chat || (error ??= Validate(body, requireSuggestion: true)) is not null)
        {
            await (missing ?? error)!.WriteAsync(context);
            return;
        }

        var now = state.Clock.UtcTicks;
        var suggestion = new Suggestion(Guid.NewGuid(), chat, RouteValues.Guid(context, "message"), body.Text("suggestion")!, Score(body), state.Data.TokenUser.Id, now, now);
        Of(chat.Id).Enqueue(suggestion);
        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status201Created, suggestion, Write);
    }

    /// <summary>200; 404 for an unknown suggestion of the message; 400 as for adding (PUT needs the suggestion).</summary>
    private async Task UpdateAsync(HttpContext context, ChatFamily family)
    {
        var (body, error) = await JsonBody.ReadAsync(context);
        if (Find(context, family, byMessage: true, out var missing) is not { } chat)
        {
            await missing!.WriteAsync(context);
            return;
        }

        var message = RouteValues.Guid(context, "message");
        var id = RouteValues.Text(context, "id");
        if (Of(chat.Id).FirstOrDefault(item => item.MessageId == message && item.Id.ToString() == id) is not { } current)
        {
            await ApiError.NotFound.WriteAsync(context);
            return;
        }

        if ((error ??= Validate(body, HttpMethods.IsPut(context.Request.Method))) is { } invalid)
        {
            await invalid.WriteAsync(context);
            return;
        }

        // The queue holds the record; an update swaps its mutable fields under a lock (suggestions are few).
        lock (current)
        {
            current.Text = body.Text("suggestion") ?? current.Text;
            current.Relevancy = body.TryGetProperty("relevancy_score", out _) ? Score(body) : current.Relevancy;
            current.UpdatedTicks = state.Clock.UtcTicks;
        }

        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, current, Write);
    }

    /// <summary>The chat in the family and, with <paramref name="byMessage"/>, a message of its conversation; otherwise the error.</summary>
    private SimChat? Find(HttpContext context, ChatFamily family, bool byMessage, out ApiError? error)
    {
        var chat = family.Find(context, state.Data, out error);
        if (chat is not null && byMessage)
        {
            var message = RouteValues.Guid(context, "message");
            if (!ConversationSeeder.Generate(chat, state.Seed).Messages.Any(item => item.Id == message))
            {
                (chat, error) = (null, ApiError.NotFound);
            }
        }

        return chat;
    }

    private static ApiError? Validate(JsonElement body, bool requireSuggestion)
    {
        var present = body.TryGetProperty("suggestion", out _);
        if ((present || requireSuggestion) && string.IsNullOrWhiteSpace(body.Text("suggestion")))
        {
            return ApiError.Field("suggestion", "This field is required.");
        }

        return body.TryGetProperty("relevancy_score", out var score) && score.ValueKind != JsonValueKind.Null
            && (score.ValueKind != JsonValueKind.Number || score.GetDouble() is < 0 or > 1)
                ? ApiError.Field("relevancy_score", "Ensure this value is between 0 and 1.")
                : null;
    }

    private static double? Score(JsonElement body) =>
        body.TryGetProperty("relevancy_score", out var score) && score.ValueKind == JsonValueKind.Number ? score.GetDouble() : null;

    private ConcurrentQueue<Suggestion> Of(Guid chat) => _byChat.GetOrAdd(chat, _ => new ConcurrentQueue<Suggestion>());

    private static void Write(Utf8JsonWriter writer, Suggestion item)
    {
        lock (item)
        {
            writer.WriteStartObject();
            writer.WriteString("id", item.Id);
            writer.WriteString("suggestion", item.Text);
            if (item.Relevancy is { } score)
            {
                writer.WriteNumber("relevancy_score", score);
            }
            else
            {
                writer.WriteNull("relevancy_score");
            }

            writer.WriteString("created_by_user_id", item.CreatedBy);
            writer.WriteString("updated_by_user_id", item.CreatedBy);
            writer.WriteString("room_id", item.Chat.RoomId);
            writer.WriteString("chat_id", item.Chat.Id);
            writer.WriteString("message_id", item.MessageId);
            writer.WriteString("organization_id", item.Chat.RoomOrganizationId);
            writer.WriteString("created_at", DateTimeText.ToText(item.CreatedTicks));
            writer.WriteString("updated_at", DateTimeText.ToText(item.UpdatedTicks));
            writer.WriteEndObject();
        }
    }

    private sealed class Suggestion(Guid id, SimChat chat, Guid messageId, string text, double? relevancy, Guid createdBy, long createdTicks, long updatedTicks)
    {
        public Guid Id { get; } = id;

        public SimChat Chat { get; } = chat;

        public Guid MessageId { get; } = messageId;

        public string Text { get; set; } = text;

        public double? Relevancy { get; set; } = relevancy;

        public Guid CreatedBy { get; } = createdBy;

        public long CreatedTicks { get; } = createdTicks;

        public long UpdatedTicks { get; set; } = updatedTicks;
    }
}
