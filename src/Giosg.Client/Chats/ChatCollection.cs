using Giosg.Client.Connections;

namespace Giosg.Client.Chats;

/// <summary>
/// The endpoint a <see cref="ChatListRequest"/> lists from, the filters that endpoint documents,
/// and the family its chats belong to for later calls.
/// </summary>
internal sealed record ChatCollection(string Path, ChatFilters Filters, ChatScope Family, Guid? UserId)
{
    /// <exception cref="ArgumentException">The request combines options no endpoint serves.</exception>
    public static ChatCollection Resolve(ChatListRequest request, GiosgConnection connection)
    {
        var org = $"api/v5/orgs/{connection.OrganizationId:D}";
        if (request.VisitorId is not null && request.RoomId is null)
        {
            throw new ArgumentException("A visitor's chats are listed per room: give RoomId with VisitorId.");
        }

        if (request.Current)
        {
            if (request.Pending || request.RoomId is not null || request.Scope is not null)
            {
                throw new ArgumentException("Current lists the chats the user is present in (004); it cannot be combined with Pending, RoomId or Scope.");
            }

            // 004's collection of chats the user has a presence in, which may be in any room the user
            // serves, shared rooms included: later calls go through the routed family, as for pending chats.
            var present = RequireUser(request, connection, "current chats are the user's");
            return new($"{org}/users/{present:D}/current_chats", ChatFilters.None, ChatScope.Routed, present);
        }

        if (request.RoomId is { } room)
        {
            EmptyIdException.Check(room, "RoomId");
            if (request.Scope == ChatScope.User && request.VisitorId is { } userVisitor)
            {
                // 001: users/<user>/rooms/<room>/visitors/<visitor>/chats, with no documented parameters.
                var user = RequireUser(request, connection, "Scope User lists a visitor's chats as seen by a user");
                return string.IsNullOrWhiteSpace(userVisitor) || request.Pending
                    ? throw new ArgumentException("Scope User with RoomId needs a VisitorId, and cannot be combined with Pending.")
                    : new($"api/v5/users/{user:D}/rooms/{room:D}/visitors/{Uri.EscapeDataString(userVisitor)}/chats", ChatFilters.None, ChatScope.User, user);
            }

            if (request.Scope is { } scope && scope != ChatScope.Owned)
            {
                throw new ArgumentException($"RoomId lists a room of the organization; it cannot be combined with Scope {scope}.");
            }

            if (request.VisitorId is { } visitor)
            {
                if (string.IsNullOrWhiteSpace(visitor))
                {
                    throw new ArgumentException("VisitorId is empty.");
                }

                if (request.Pending)
                {
                    throw new ArgumentException("Pending cannot be combined with VisitorId: the API lists pending chats per room or per user.");
                }

                return new($"{org}/rooms/{room:D}/visitors/{Uri.EscapeDataString(visitor)}/chats", ChatFilters.OrganizationList, ChatScope.Owned, null);
            }

            return request.Pending
                ? new($"{org}/rooms/{room:D}/pending_chats", ChatFilters.None, ChatScope.Owned, null)
                : new($"{org}/rooms/{room:D}/chats", ChatFilters.OrganizationList, ChatScope.Owned, null);
        }

        if (request.Pending)
        {
            // The user's pending chats span every room the user may serve, shared rooms included,
            // so later calls go through the routed family, which covers both.
            var user = RequireUser(request, connection, "pending chats without a RoomId are the user's");
            // The user goes along so that messages and memberships can be read below the user's
            // routed chats when the organization's routed path answers 403 (B4).
            return new($"api/v5/users/{user:D}/pending_chats", ChatFilters.None, ChatScope.Routed, user);
        }

        return (request.Scope ?? ChatScope.Owned) switch
        {
            ChatScope.Owned => new($"{org}/owned_chats", ChatFilters.OrganizationList, ChatScope.Owned, null),
            ChatScope.Routed => new($"{org}/routed_chats", ChatFilters.OrganizationList, ChatScope.Routed, null),
            ChatScope.Involved => new($"{org}/involved_chats", ChatFilters.OrganizationList, ChatScope.Involved, null),
            ChatScope.User => UserChats(RequireUser(request, connection, "Scope User lists a user's chats")),
            ChatScope.OrganizationUser => OrganizationUserChats(org, RequireUser(request, connection, "Scope OrganizationUser lists a user's chats")),
            ChatScope.UserRouted => UserRouted(RequireUser(request, connection, "Scope UserRouted lists a user's routed chats")),
            var other => throw new ArgumentException($"Unknown scope '{other}'."),
        };
    }

    /// <summary>The path of one chat's details in <paramref name="scope"/>.</summary>
    /// <exception cref="ArgumentException">The API documents no detail endpoint for the scope.</exception>
    public static string DetailPath(Guid chatId, ChatScope scope, GiosgConnection connection, Guid? userId = null) =>
        scope is ChatScope.User or ChatScope.OrganizationUser
            ? throw new ArgumentException(
                $"The API has no endpoint that retrieves one chat in Scope {scope}; use Scope Owned, Routed, Involved or UserRouted.")
            : ChatPaths.Of(new ChatReference(chatId, scope, userId), connection);

    /// <summary><c>users/&lt;user&gt;/routed_chats</c> documents no parameters: every filter is applied on the client (A5).</summary>
    private static ChatCollection UserRouted(Guid user) =>
        new($"api/v5/users/{user:D}/routed_chats", ChatFilters.None, ChatScope.UserRouted, user);

    private static ChatCollection UserChats(Guid user) =>
        new($"api/v5/users/{user:D}/chats", ChatFilters.UserList, ChatScope.User, user);

    /// <summary>004 documents no parameters for this listing: every filter is applied on the client, and its chats are a user's chats.</summary>
    private static ChatCollection OrganizationUserChats(string org, Guid user) =>
        new($"{org}/users/{user:D}/chats", ChatFilters.None, ChatScope.User, user);

    private static Guid RequireUser(ChatListRequest request, GiosgConnection connection, string why) =>
        EmptyIdException.Check(
            request.UserId ?? connection.UserId ?? throw new ArgumentException(
                $"A user id is needed ({why}): pass -UserId, or connect with Connect-Giosg -UserId."),
            "UserId");
}
