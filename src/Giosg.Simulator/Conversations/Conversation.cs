using Giosg.Simulator.Data;

namespace Giosg.Simulator.Conversations;

/// <summary>A chat's generated messages and members, with what writing them needs to know about the chat.</summary>
internal sealed class Conversation(SimChat chat, SimMessage[] messages, ChatMember[] members)
{
    public SimChat Chat { get; } = chat;

    /// <summary>The messages in the order they were sent.</summary>
    public SimMessage[] Messages { get; } = messages;

    /// <summary>The visitor (if any) first, then the users in the order they joined.</summary>
    public ChatMember[] Members { get; } = members;

    /// <summary>The visitor's id as the API writes it, or <see langword="null"/> in a chat without one.</summary>
    public string? VisitorId { get; } = chat.VisitorId;

    public VisitorProfile? Visitor { get; } = chat.Facts.HasVisitor ? VisitorProfile.For(chat.Facts.Visitor) : null;

    /// <summary>Whether the chat's datetimes carry a <c>Z</c>; its messages and members follow the chat.</summary>
    public bool UtcDesignator { get; } = chat.Facts.Has(ChatTraits.UtcDesignator);
}
