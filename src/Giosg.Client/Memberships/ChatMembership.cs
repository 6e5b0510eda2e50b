using Giosg.Client.Messages;

namespace Giosg.Client.Memberships;

/// <summary>A visitor or user who has attended a chat (001, "Chat memberships").</summary>
public sealed record ChatMembership
{
    /// <summary>The user's id (a UUID) or the visitor's id (a string).</summary>
    public string? MemberId { get; init; }

    /// <summary><c>visitor</c> or <c>user</c>.</summary>
    public string? MemberType { get; init; }

    /// <summary>The name an operator sees.</summary>
    public string? MemberName { get; init; }

    /// <summary>The name the visitor sees.</summary>
    public string? MemberPublicName { get; init; }

    /// <summary>The member's avatar, if any.</summary>
    public Avatar? MemberAvatar { get; init; }

    /// <summary>The member's organization.</summary>
    public Guid? MemberOrganizationId { get; init; }

    /// <summary>The chat's room.</summary>
    public Guid RoomId { get; init; }

    /// <summary>The organization owning the room.</summary>
    public Guid RoomOrganizationId { get; init; }

    /// <summary>The chat.</summary>
    public Guid ChatId { get; init; }

    /// <summary>When the member joined.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the member last saw the conversation, or null.</summary>
    public DateTimeOffset? LastSeenAt { get; init; }

    /// <summary>When the membership last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the chat started.</summary>
    public DateTimeOffset ChatCreatedAt { get; init; }

    /// <summary>Messages the member sent.</summary>
    public int MessageCount { get; init; }

    /// <summary>Whether the member is a bot user.</summary>
    public bool IsBot { get; init; }

    /// <summary>Whether the user has been deleted.</summary>
    public bool IsUserDeleted { get; init; }

    /// <summary>Whether the member has the chat open.</summary>
    public bool IsParticipating { get; init; }

    /// <summary>Whether the member is present now.</summary>
    public bool IsPresent { get; init; }

    /// <summary><c>idle</c>, <c>typing</c> or <c>typed</c>.</summary>
    public string? ComposingStatus { get; init; }

    /// <summary>Deprecated legacy member id.</summary>
    public string? LegacyMemberId { get; init; }
}
