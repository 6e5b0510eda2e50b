namespace Giosg.Client.Invitations;

/// <summary>An invitation of a user, team or organization to an ongoing chat (001, "Chat invitations").</summary>
public sealed record ChatInvitation
{
    /// <summary>The invitation.</summary>
    public Guid Id { get; init; }

    /// <summary>Whether it has been accepted.</summary>
    public bool? IsAccepted { get; init; }

    /// <summary>Whether it has expired (expired by its sender, or its chat ended first); 001's incoming example sends null.</summary>
    public bool? IsExpired { get; init; }

    /// <summary>Pending, Accepted or Expired, from <see cref="IsAccepted"/> and <see cref="IsExpired"/>.</summary>
    public InvitationState State => IsAccepted == true ? InvitationState.Accepted : IsExpired == true ? InvitationState.Expired : InvitationState.Pending;

    /// <summary>The user who invited.</summary>
    public Guid InvitedByUserId { get; init; }

    /// <summary>The user who invited, as the API describes them.</summary>
    public InvitationUser? InvitedByUser { get; init; }

    /// <summary>The chat.</summary>
    public Guid ChatId { get; init; }

    /// <summary>The chat's room.</summary>
    public Guid RoomId { get; init; }

    /// <summary>The invited user, if a user was invited.</summary>
    public Guid? InvitedUserId { get; init; }

    /// <summary>The invited team, if a team was invited.</summary>
    public Guid? InvitedTeamId { get; init; }

    /// <summary>The invited organization, if an organization was invited.</summary>
    public Guid? InvitedOrganizationId { get; init; }

    /// <summary>The invited user's, team's or organization's name.</summary>
    public string? InviteeName { get; init; }

    /// <summary>The user who accepted.</summary>
    public Guid? AcceptedByUserId { get; init; }

    /// <summary>The user who accepted, as the API describes them.</summary>
    public InvitationUser? AcceptedByUser { get; init; }

    /// <summary>Users in the chat.</summary>
    public int UserMemberCount { get; init; }

    /// <summary>Visitors in the chat.</summary>
    public int VisitorMemberCount { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When it was accepted, or null.</summary>
    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>When it expired, or null.</summary>
    public DateTimeOffset? ExpiredAt { get; init; }

    /// <summary>Whether it was read as the user's outgoing or incoming invitation: which endpoint changes it.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public InvitationDirection Direction { get; internal set; }

    /// <summary>The user whose invitations endpoint it was read from.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid UserId { get; internal set; }
}

/// <summary>A user as an invitation describes them.</summary>
public sealed record InvitationUser
{
    /// <summary>The user.</summary>
    public Guid Id { get; init; }

    /// <summary>The full name.</summary>
    public string? FullName { get; init; }

    /// <summary>The user's organization.</summary>
    public Guid? OrganizationId { get; init; }

    /// <inheritdoc />
    public override string ToString() => FullName ?? Id.ToString();
}
