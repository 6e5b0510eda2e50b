namespace Giosg.Simulator.Chats;

/// <summary>The sets of chats the documented collections are made of.</summary>
internal enum ChatScope
{
    /// <summary>Chats in rooms the organization owns.</summary>
    Owned,

    /// <summary>Owned chats plus chats in rooms shared with the organization (here: every chat).</summary>
    Routed,

    /// <summary>Chats with at least one user member from the organization.</summary>
    Involved,

    /// <summary>Chats the token's user is a member of.</summary>
    UserMember,
}

internal static class ChatScopes
{
    /// <summary>The scope's chats in creation order.</summary>
    public static SimChat[] ChatsIn(this SimulatorData data, ChatScope scope) => scope switch
    {
        ChatScope.Owned => data.Owned,
        ChatScope.Routed => data.Routed,
        ChatScope.Involved => data.Involved,
        _ => data.WithMember(data.TokenUser),
    };

    public static bool Contains(this SimulatorData data, ChatScope scope, SimChat chat) => scope switch
    {
        ChatScope.Owned => !chat.Room.IsShared,
        ChatScope.Routed => true,
        ChatScope.Involved => data.IsInvolved(chat),
        _ => chat.IsMember(data.TokenUser) || data.Activity.HasJoined(chat.Id, data.TokenUser),
    };
}
