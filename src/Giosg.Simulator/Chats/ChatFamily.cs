using Giosg.Simulator.Auth;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>
/// A path one chat is reached through, and which chats it reaches: the base every sub-resource of a
/// chat (messages, memberships, tags) hangs under. A chat outside the family is not found.
/// </summary>
internal sealed class ChatFamily
{
    public static readonly ChatFamily Owned = new("orgs/{org:guid}/owned_chats/{chat:guid}", ChatScope.Owned, byUser: false);

    public static readonly ChatFamily Routed = new("orgs/{org:guid}/routed_chats/{chat:guid}", ChatScope.Routed, byUser: false);

    public static readonly ChatFamily Involved = new("orgs/{org:guid}/involved_chats/{chat:guid}", ChatScope.Involved, byUser: false);

    /// <summary><c>users/{user}/chats/{chat}</c>: only chats the user is a member of, as documented.</summary>
    public static readonly ChatFamily UserChats = new("users/{user:guid}/chats/{chat:guid}", ChatScope.UserMember, byUser: true);

    /// <summary><c>users/{user}/routed_chats/{chat}</c>: documented for messages and memberships only.</summary>
    public static readonly ChatFamily UserRouted = new("users/{user:guid}/routed_chats/{chat:guid}", ChatScope.Routed, byUser: true);

    /// <summary>The families every sub-resource of a chat is served under.</summary>
    public static readonly ChatFamily[] Common = [Owned, Routed, Involved, UserChats];

    private readonly ChatScope _scope;
    private readonly bool _byUser;

    private ChatFamily(string route, ChatScope scope, bool byUser)
    {
        Route = route;
        _scope = scope;
        _byUser = byUser;
    }

    /// <summary>The route template of the chat itself, e.g. <c>orgs/{org:guid}/owned_chats/{chat:guid}</c>.</summary>
    public string Route { get; }

    /// <summary>The chat in the path, or the error to answer: 403 for another organization or user, 404 for a chat outside the family.</summary>
    public SimChat? Find(HttpContext context, SimulatorData data, out ApiError? error)
    {
        error = _byUser ? ApiAccess.CheckUser(context, data) : ApiAccess.CheckOrganization(context, data);
        if (error is not null)
        {
            return null;
        }

        if (data.FindChat(RouteValues.Guid(context, "chat")) is { } chat && data.Contains(_scope, chat))
        {
            return chat;
        }

        error = ApiError.NotFound;
        return null;
    }

    /// <inheritdoc />
    public override string ToString() => Route;
}
