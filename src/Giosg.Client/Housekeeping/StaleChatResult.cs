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

    /// <summary>When it was last updated, as last read (the re-read, when there was one).</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The measured idle time: the run's moment (-AsOf, or when the run began) minus <see cref="UpdatedAt"/>.</summary>
    public TimeSpan IdleTime { get; init; }

    /// <summary>What happened.</summary>
    public StaleChatOutcome Outcome { get; init; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Whether an end request (PATCH is_ended) was sent for it; these count toward -MaxCount.</summary>
    public bool EndRequestSent { get; init; }

    /// <summary>What became of the closing note (<see cref="StaleChatSweepRequest.Message"/>).</summary>
    public ClosingNoteOutcome ClosingNote { get; init; }

    /// <summary>The failure, for <see cref="StaleChatOutcome.Failed"/>; for a chat ended although its closing note failed, the note's failure.</summary>
    public Exception? Error { get; init; }

    internal static StaleChatResult For(Chat chat, DateTimeOffset now, StaleChatOutcome outcome, string reason, Exception? error = null, bool endRequestSent = false) => new()
    {
        ChatId = chat.Id,
        RoomName = chat.RoomName,
        ChatType = chat.ChatType,
        CreatedAt = chat.CreatedAt,
        UpdatedAt = chat.UpdatedAt,
        IdleTime = now - chat.UpdatedAt,
        Outcome = outcome,
        Reason = reason,
        Error = error,
        EndRequestSent = endRequestSent,
    };
}
