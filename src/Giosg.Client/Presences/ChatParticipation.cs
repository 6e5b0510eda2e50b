namespace Giosg.Client.Presences;

/// <summary>A visitor or user who has sent at least one message to a chat (004, "Chat participations").</summary>
public sealed record ChatParticipation
{
    /// <summary>The user's id (a UUID) or the visitor's id (a string).</summary>
    public string? Id { get; init; }

    /// <summary><c>visitor</c> or <c>user</c>.</summary>
    public string? Type { get; init; }

    /// <summary>The chat, taken from the request path.</summary>
    public Guid ChatId { get; internal set; }
}
