using System.Text.Json;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>
/// PATCH and PUT of a chat. Ending is permanent and idempotent: ending an ended chat again answers 200
/// with the chat as it was, so a retried or repeated sweep is harmless (or 400 "Chat has already ended."
/// with <see cref="Paging.ListingBehavior.RefuseRepeatedEnd"/>).
/// </summary>
internal sealed class ChatUpdates(SimulatorState state)
{
    public async Task ApplyAsync(HttpContext context, SimChat chat)
    {
        var (change, invalid) = await ReadChangeAsync(context);
        if ((invalid ?? Apply(chat, change)) is { } error)
        {
            await error.WriteAsync(context);
            return;
        }

        await JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, chat, ChatJson.Write);
    }

    private static async Task<(ChatChange Change, ApiError? Error)> ReadChangeAsync(HttpContext context)
    {
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            return ChatChange.TryRead(body.RootElement, out var change, out var error) ? (change, null) : (default, error);
        }
        catch (JsonException exception)
        {
            return (default, ApiError.BadRequest($"JSON parse error - {exception.Message}"));
        }
    }

    /// <summary>Validates against the chat's current state and swaps it atomically; retries if another update won.</summary>
    private ApiError? Apply(SimChat chat, ChatChange change)
    {
        while (true)
        {
            var current = chat.Lifecycle;
            if (current.IsEnded && change.IsEnded == false)
            {
                return ApiError.Field("is_ended", "An ended chat cannot be reopened.");
            }

            if (current.IsEnded && change.IsEnded == true && state.Listing.RefuseRepeatedEnd)
            {
                return ApiError.BadRequest("Chat has already ended.");
            }

            if (current.IsEnded && change.IsWaiting == false)
            {
                return ApiError.Field("is_waiting", "The chat has already ended.");
            }

            var now = state.Clock.UtcTicks;
            var next = change.IsWaiting == false ? current.StopWaiting(now) : current;
            next = change.IsEnded == true ? next.End(now) : next;
            if (state.Data.TryChange(chat, current, next))
            {
                return null;
            }
        }
    }
}
