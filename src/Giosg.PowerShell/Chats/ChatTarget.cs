using Giosg.Client.Chats;

namespace Giosg.PowerShell.Chats;

/// <summary>A chat to change: its reference, and the chat itself when it came from the pipeline.</summary>
internal sealed record ChatTarget(ChatReference Reference, Chat? Chat)
{
    public static ChatTarget Of(Chat chat) => new(ChatReference.Of(chat), chat);

    public static ChatTarget Of(ChatReference reference) => new(reference, null);

    /// <summary>How -WhatIf and -Confirm name the chat.</summary>
    public string Describe() => Chat is { } chat
        ? $"Chat {chat.Id} ({chat.ChatType} in '{chat.RoomName}', last updated {chat.UpdatedAt:u})"
        : $"Chat {Reference.ChatId}";
}
