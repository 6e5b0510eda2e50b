namespace Giosg.Client.Invitations;

/// <summary>The body of sending an invitation: exactly one invitee attribute is written.</summary>
internal sealed record InvitationRequest
{
    public Guid? InvitedUserId { get; init; }

    public Guid? InvitedTeamId { get; init; }

    public Guid? InvitedOrganizationId { get; init; }
}

/// <summary>The body of answering an invitation: <c>{"is_expired": true}</c> for an outgoing one, <c>{"is_accepted": …}</c> for an incoming one.</summary>
internal sealed record InvitationUpdate
{
    public bool? IsAccepted { get; init; }

    public bool? IsExpired { get; init; }
}

/// <summary>The result of sending an invitation.</summary>
/// <param name="Invitation">The invitation as the API returned it.</param>
/// <param name="AlreadyPending">True when the API answered 200: the invitee already had a pending invitation to the chat, and that one is returned.</param>
public sealed record SentInvitation(ChatInvitation Invitation, bool AlreadyPending);
