namespace Giosg.Simulator.Faults;

/// <summary>
/// Tells which <see cref="FaultRoute"/> an API request is for, from its path and method alone: faults run
/// before routing (and authentication), so the route templates have not looked at it yet. Ids are not
/// checked; a malformed one is still "a chat", as the client meant it.
/// </summary>
internal static class FaultRoutes
{
    private static readonly string[] OrganizationCollections = ["owned_chats", "routed_chats", "involved_chats"];
    private static readonly string[] UserListings = ["chats", "pending_chats", "routed_chats"];
    private static readonly string[] UserCollections = ["chats", "routed_chats"];
    private static readonly string[] RoomListings = ["chats", "pending_chats"];

    /// <returns>The route kind, or <see langword="null"/> for an API request of none (unknown paths included).</returns>
    public static FaultRoute? Classify(HttpRequest request)
    {
        var segments = (request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length < 5 || !Is(segments[0], "api") || !Is(segments[1], "v5"))
        {
            return null;
        }

        // orgs/{org}/… or users/{user}/…: three segments in.
        var path = segments.AsSpan(2);
        if (Is(path[0], "orgs"))
        {
            return IsOneOf(path[2], OrganizationCollections) ? Collection(path[3..], request.Method)
                : Is(path[2], "chats") && path.Length == 3 ? FaultRoute.List
                : Is(path[2], "rooms") ? Room(path[3..])
                : null;
        }

        if (Is(path[0], "users"))
        {
            return path.Length == 3 && IsOneOf(path[2], UserListings) ? FaultRoute.List
                : IsOneOf(path[2], UserCollections) ? Collection(path[3..], request.Method)
                : null;
        }

        return null;
    }

    /// <param name="rest">What follows <c>…_chats</c>: nothing (the listing), the chat id, or the chat id and a sub-resource.</param>
    /// <param name="method">The request's method.</param>
    private static FaultRoute? Collection(ReadOnlySpan<string> rest, string method)
    {
        if (rest.IsEmpty)
        {
            return FaultRoute.List;
        }

        var sub = rest[1..];
        return sub.Length switch
        {
            0 => HttpMethods.IsPatch(method) || HttpMethods.IsPut(method) ? FaultRoute.Patch : FaultRoute.Chat,
            1 when Is(sub[0], "messages") => FaultRoute.Messages,
            1 when Is(sub[0], "memberships") => FaultRoute.Memberships,
            1 or 2 when Is(sub[0], "tags") => FaultRoute.Tags,
            1 when Is(sub[0], "allowed_tags") => FaultRoute.Tags,
            3 when Is(sub[0], "visitors") && Is(sub[2], "variables") => FaultRoute.Variables,
            _ => null,
        };
    }

    /// <param name="rest">What follows <c>orgs/{org}/rooms</c>.</param>
    private static FaultRoute? Room(ReadOnlySpan<string> rest) =>
        (rest.Length == 2 && IsOneOf(rest[1], RoomListings)) || (rest.Length == 4 && Is(rest[1], "visitors") && Is(rest[3], "chats"))
            ? FaultRoute.List
            : null;

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    private static bool IsOneOf(string segment, string[] names) => names.Any(name => Is(segment, name));
}
