namespace Giosg.Client.Presences;

/// <summary>An operator currently "joined" to a chat (004, "Chat operator presences").</summary>
public sealed record ChatPresence
{
    /// <summary>The operator.</summary>
    public Guid UserId { get; init; }

    /// <summary>When the operator joined the chat.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The chat, taken from the request path.</summary>
    public Guid ChatId { get; internal set; }
}
