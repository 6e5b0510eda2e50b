namespace Giosg.Simulator;

/// <summary>A chat invitation the simulator has recorded (001, "Chat invitations"): who invited whom to which chat, and what became of it.</summary>
public sealed class SimInvitation
{
    internal SimInvitation(Guid id, SimChat chat, SimUser invitedBy, Guid? user, Guid? organization, string inviteeName, long createdTicks)
    {
        Id = id;
        Chat = chat;
        InvitedBy = invitedBy;
        InvitedUserId = user;
        InvitedOrganizationId = organization;
        InviteeName = inviteeName;
        CreatedTicks = createdTicks;
        UpdatedTicks = createdTicks;
    }

    /// <summary>The invitation's id.</summary>
    public Guid Id { get; }

    /// <summary>The chat.</summary>
    public SimChat Chat { get; }

    /// <summary>The user who invited.</summary>
    public SimUser InvitedBy { get; }

    /// <summary>The invited user, if a user was invited.</summary>
    public Guid? InvitedUserId { get; }

    /// <summary>The invited organization, if an organization was invited.</summary>
    public Guid? InvitedOrganizationId { get; }

    /// <summary>The invitee's name.</summary>
    public string InviteeName { get; }

    internal long CreatedTicks { get; }

    internal long UpdatedTicks { get; set; }

    internal long AcceptedTicks { get; set; }

    internal long ExpiredTicks { get; set; }

    /// <summary>The user who accepted it, or null.</summary>
    public Guid? AcceptedBy { get; internal set; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt => new(CreatedTicks, TimeSpan.Zero);

    /// <summary>Whether it has been accepted.</summary>
    public bool IsAccepted => AcceptedTicks != 0;

    /// <summary>Whether it has expired: expired by its sender, declined (B-reading of this simulator), or its chat ended first.</summary>
    public bool IsExpired => ExpiredTicks != 0 || (!IsAccepted && Chat.IsEnded);

    /// <summary>Neither accepted nor expired.</summary>
    public bool IsPending => !IsAccepted && !IsExpired;
}
