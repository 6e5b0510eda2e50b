using Giosg.Simulator.Chats;
using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Tags;

/// <summary>
/// A chat's tags: list them, list the room's allowed tags, add one, remove one. Any name can be added,
/// allowed or not. Tag changes alter <c>tag_count</c> but not <c>updated_at</c>: tagging is bookkeeping,
/// not activity, and must not keep a ghost chat from being ended.
/// </summary>
internal sealed class TagEndpoints(SimulatorState state)
{
    private static readonly ApiError ChatEnded = ApiError.BadRequest("Chat has ended.");

    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoints = new TagEndpoints(state);
        foreach (var family in ChatFamily.Common)
        {
            api.MapGet($"{family.Route}/tags", context => endpoints.ListAsync(context, family));
            api.MapGet($"{family.Route}/allowed_tags", context => endpoints.ListAllowedAsync(context, family));
            api.MapPost($"{family.Route}/tags", context => endpoints.AddAsync(context, family));
            api.MapDelete($"{family.Route}/tags/{{tag}}", context => endpoints.RemoveAsync(context, family));
        }
    }

    private Task ListAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat
            || !CursorParameter.TryRead(context.Request.Query, SortField.Tags, out var cursor, out error))
        {
            return error!.WriteAsync(context);
        }

        var utc = chat.Facts.Has(ChatTraits.UtcDesignator);
        var tags = new KeyedList<ChatTag>(SortField.Tags, chat.Tags, tag => new ChatKey(tag.CreatedTicks, tag.KeyId));
        var page = CursorPager.Read(tags, null, descending: false, cursor, state.PageSize);
        return CursorPageJson.WriteAsync(context, page, (writer, tag) => TagJson.Write(writer, tag, utc));
    }

    private Task ListAllowedAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat
            || !CursorParameter.TryRead(context.Request.Query, SortField.AllowedTags, out var cursor, out error))
        {
            return error!.WriteAsync(context);
        }

        var utc = chat.Facts.Has(ChatTraits.UtcDesignator);
        var room = chat.Room;
        var allowed = new KeyedList<AllowedTag>(SortField.AllowedTags, room.AllowedTags, tag => new ChatKey(tag.CreatedTicks, tag.KeyId));
        var page = CursorPager.Read(allowed, null, descending: false, cursor, state.PageSize);
        return CursorPageJson.WriteAsync(context, page, (writer, tag) => TagJson.WriteAllowed(writer, tag, room, utc));
    }

    /// <summary>201 with the new tag, ended chat or not; 200 with the tag the chat already has; 400 for a new tag on an ended chat only under <see cref="ApiReadings.EndedChatRefusesNewTags"/>.</summary>
    private async Task AddAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat)
        {
            await error!.WriteAsync(context);
            return;
        }

        var (name, invalid) = await TagRequest.ReadAsync(context);
        if (invalid is not null)
        {
            await invalid.WriteAsync(context);
            return;
        }

        var (outcome, tag) = ChatTagging.Add(chat, name!, state.Clock, state.Readings.HasFlag(ApiReadings.EndedChatRefusesNewTags));
        if (outcome == TagAddition.ChatEnded)
        {
            await ChatEnded.WriteAsync(context);
            return;
        }

        var status = outcome == TagAddition.Added ? StatusCodes.Status201Created : StatusCodes.Status200OK;
        var utc = chat.Facts.Has(ChatTraits.UtcDesignator);
        await JsonResponse.WriteAsync(context.Response, status, (tag, utc), static (writer, args) => TagJson.WriteAdded(writer, args.tag, args.utc));
    }

    /// <summary>204 when the chat had the tag, ended or not; 404 when it did not.</summary>
    private Task RemoveAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat)
        {
            return error!.WriteAsync(context);
        }

        if (!ChatTagging.Remove(chat, TagPath.Name(context)))
        {
            return ApiError.NotFound.WriteAsync(context);
        }

        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }
}
