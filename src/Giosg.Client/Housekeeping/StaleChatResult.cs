using Giosg.Client.Chats;

namespace Giosg.Client.Housekeeping;

/// <summary>One candidate chat of a sweep and what happened to it.</summary>
public sealed record StaleChatResult
{
    /// <summary>The chat.</summary>
    public Guid ChatId { get; init; }

    /// <summary>Its room's name.</summary>
    public string? RoomName { get; init; }

    /// <summary>Its type.</summary>
    public string? ChatType { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last updated, as last read.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>How long it had been idle when it was judged.</summary>
    public TimeSpan IdleFor { get; init; }

    /// <summary>What happened.</summary>
    public StaleChatOutcome Outcome { get; init; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>The failure, for <see cref="StaleChatOutcome.Failed"/>.</summary>
    public Exception? Error { get; init; }

    internal static StaleChatResult For(Chat chat, DateTimeOffset now, StaleChatOutcome outcome, string reason, Exception? error = null) => new()
    {
        ChatId = chat.Id,
        RoomName = chat.RoomName,
        ChatType = chat.ChatType,
        CreatedAt = chat.CreatedAt,
        UpdatedAt = chat.UpdatedAt,
        IdleFor = now - chat.UpdatedAt,
        Outcome = outcome,
        Reason = reason,
        Error = error,
    };
}
