using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Giosg.Simulator.Readings;

/// <summary>
/// Plays the query readings of <see cref="ApiReadings"/> by rewriting a cursor chat listing's query
/// before routing, so the listing code itself knows one reading only: a missing <c>ordering</c>
/// becomes <c>-created_at</c>, and created_at bounds move one tick inwards (an exclusive bound).
/// The page links carry the rewritten query, as the next page must list the same way.
/// <see cref="ApiReadings.PrivateChatHistory"/> answers 403 here for the organization's routed sub-resources of shared-room chats.
/// </summary>
internal sealed class ReadingsMiddleware(RequestDelegate next, SimulatorState state)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (state.Readings.HasFlag(ApiReadings.PrivateChatHistory) && IsSharedRoutedSubResource(context.Request.Path))
        {
            return ApiError.PermissionDenied.WriteAsync(context);
        }

        var readings = state.Readings & (ApiReadings.NewestFirstByDefault | ApiReadings.ExclusiveCreatedRange);
        var request = context.Request;
        if (readings != ApiReadings.None && HttpMethods.IsGet(request.Method) && IsCursorChatListing(request.Path))
        {
            var query = QueryHelpers.ParseQuery(request.QueryString.Value);
            if (readings.HasFlag(ApiReadings.NewestFirstByDefault) && !query.ContainsKey("ordering"))
            {
                query["ordering"] = "-created_at";
            }

            if (readings.HasFlag(ApiReadings.ExclusiveCreatedRange))
            {
                Move(query, "created_at_after", 1);
                Move(query, "created_at_before", -1);
            }

            request.QueryString = QueryString.Create(query);
        }

        return next(context);
    }

    /// <summary><c>api/v5/orgs/{org}/routed_chats/{chat}/…</c> of a chat in a shared room.</summary>
    private bool IsSharedRoutedSubResource(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 7 && segments[2] == "orgs" && segments[4] == "routed_chats"
            && Guid.TryParse(segments[5], out var chat) && state.Data.FindChat(chat) is { Room.IsShared: true };
    }

    /// <summary>owned, routed, involved, room, pending, visitor and user chat listings; not the page-numbered <c>orgs/{org}/chats</c>.</summary>
    private static bool IsCursorChatListing(PathString path)
    {
        var segments = (path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 5
            && segments[^1].EndsWith("chats", StringComparison.Ordinal)
            && !(segments.Length == 5 && segments[2] == "orgs" && segments[4] == "chats");
    }

    private static void Move(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> query, string name, int ticks)
    {
        if (query.TryGetValue(name, out var text) && DateTimeText.TryParse(text.ToString(), out var bound))
        {
            query[name] = bound.AddTicks(ticks).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}
