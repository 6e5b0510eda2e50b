namespace Giosg.Simulator;

/// <summary>
/// Other readings of places where the API documents are silent or ambiguous (docs/api-assumptions.md).
/// By default the simulator plays the module's choice; each flag plays the other reading, so tests can
/// show the module works either way. Set them on <see cref="SimulatorOptions.Readings"/>,
/// <see cref="GiosgSimulator.Readings"/>, <c>PUT /_simulator/readings?set=NAME,NAME</c> or the command
/// line's <c>--readings NAME,NAME</c>.
/// </summary>
[Flags]
public enum ApiReadings
{
    /// <summary>The module's readings: created_at ascending by default, inclusive created_at bounds, ended chats take tags.</summary>
    None = 0,

    /// <summary>Chat listings without <c>ordering</c> come newest first (001's prose) instead of <c>created_at</c> ascending (its parameter tables).</summary>
    NewestFirstByDefault = 1,

    /// <summary><c>created_at_after</c> and <c>created_at_before</c> exclude a chat created exactly at the bound, instead of including it.</summary>
    ExclusiveCreatedRange = 2,

    /// <summary>Adding a new tag to an ended chat answers 400 <c>{"detail": "Chat has ended."}</c>; 001 forbids only messages and members on ended chats.</summary>
    EndedChatRefusesNewTags = 4,

    /// <summary><c>orgs/&lt;org&gt;/rooms/&lt;room&gt;/chats</c> serves chats in 004's shape (<c>start_time</c>, <c>end_time</c>, <c>is_waiting_response</c>) instead of 001's.</summary>
    RoomChatsInOlderShape = 8,

    /// <summary>
    /// The organization has private chat history and the token's user lacks the reports permission: every
    /// sub-resource of <c>orgs/{org}/routed_chats/{chat}</c> (messages, memberships, tags) answers 403 for a
    /// chat in a shared room, as 001 documents; <c>users/{user}/routed_chats/{chat}/…</c> still serves.
    /// </summary>
    PrivateChatHistory = 16,

    /// <summary><c>PUT users/&lt;user&gt;/chat_memberships/&lt;chat&gt;</c> applies the change and answers 200 with no body (001 shows none).</summary>
    MembershipUpdateWithoutBody = 32,
}
