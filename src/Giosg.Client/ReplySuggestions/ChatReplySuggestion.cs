using System.Text.Json.Serialization;

namespace Giosg.Client.ReplySuggestions;

/// <summary>
/// A reply suggested for a chat message (001, "Chat reply suggestions"), as agents see and rate it.
/// <see cref="UserId"/> and <see cref="Routed"/> record the path it was read through, so piping it to
/// Set-GiosgReplySuggestion updates it through the same endpoints.
/// </summary>
public sealed record ChatReplySuggestion
{
    /// <summary>The suggestion's id (001: UUID or string).</summary>
    public string Id { get; init; } = "";

    /// <summary>The suggested reply.</summary>
    public string? Suggestion { get; init; }

    /// <summary>How good a reply it is, between 0 and 1, or null.</summary>
    public double? RelevancyScore { get; init; }

    /// <summary>The user who added it.</summary>
    public string? CreatedByUserId { get; init; }

    /// <summary>The user who last updated it.</summary>
    public string? UpdatedByUserId { get; init; }

    /// <summary>The chat's room.</summary>
    public Guid RoomId { get; init; }

    /// <summary>The chat.</summary>
    public Guid ChatId { get; init; }

    /// <summary>The message it suggests a reply to.</summary>
    public Guid MessageId { get; init; }

    /// <summary>The user's organization.</summary>
    public Guid OrganizationId { get; init; }

    /// <summary>When it was added.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The user whose endpoints it was read through (from the path).</summary>
    [JsonIgnore]
    public Guid UserId { get; internal set; }

    /// <summary>Whether it was read through <c>users/&lt;user&gt;/routed_chats</c> rather than <c>users/&lt;user&gt;/chats</c>.</summary>
    [JsonIgnore]
    public bool Routed { get; internal set; }
}
