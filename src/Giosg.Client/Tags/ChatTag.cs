namespace Giosg.Client.Tags;

/// <summary>
/// A tag on a chat, or a tag a chat's room allows (001, "Chat tags"). <see cref="ChatId"/> and
/// <see cref="Scope"/> say which chat it was read from, so it can be piped to Remove-GiosgChatTag.
/// </summary>
public sealed record ChatTag
{
    /// <summary>The tag's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>When the chat was tagged (or the allowed tag created).</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>SHA-1 of the name: all that visitors and goals see of a tag.</summary>
    public string? HashedName { get; init; }

    /// <summary>The room the tag belongs to (allowed tags).</summary>
    public Guid? RoomId { get; init; }

    /// <summary>The chat the tag was read from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid ChatId { get; internal set; }

    /// <summary>The endpoint family of that chat.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Chats.ChatScope Scope { get; internal set; }

    /// <summary>The user of a user-family chat.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid? UserId { get; internal set; }
}
