namespace Giosg.Simulator;

/// <summary>
/// The kinds of API request a <see cref="FaultRule"/> can aim at, told apart by path (and method)
/// before routing, so a rule also hits requests the API would turn away (401, 403, 404).
/// </summary>
public enum FaultRoute
{
    /// <summary>Every API request.</summary>
    Any,

    /// <summary>
    /// Chat listings and their further pages: <c>orgs/{org}/{owned|routed|involved}_chats</c>, the room,
    /// pending and visitor listings, <c>users/{user}/{chats|pending_chats|routed_chats}</c> and the
    /// page-numbered <c>orgs/{org}/chats</c>.
    /// </summary>
    List,

    /// <summary>One chat's path (<c>…_chats/{chat}</c>) with any method but PATCH and PUT: the chat detail GET.</summary>
    Chat,

    /// <summary>PATCH or PUT of one chat: ending it, clearing waiting.</summary>
    Patch,

    /// <summary>A chat's <c>tags</c> (GET, POST), <c>tags/{name}</c> (DELETE) and <c>allowed_tags</c>.</summary>
    Tags,

    /// <summary>A chat's <c>messages</c>.</summary>
    Messages,

    /// <summary>A chat's <c>memberships</c>.</summary>
    Memberships,

    /// <summary>A chat's <c>visitors/{visitor}/variables</c>.</summary>
    Variables,
}
