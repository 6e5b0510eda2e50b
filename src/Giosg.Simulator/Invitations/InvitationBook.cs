namespace Giosg.Simulator.Invitations;

/// <summary>Every chat invitation sent to the simulator, in the order sent; tests read them through <see cref="GiosgSimulator.Invitations"/>.</summary>
internal sealed class InvitationBook
{
    private readonly List<SimInvitation> _all = [];

    public IReadOnlyList<SimInvitation> All()
    {
        lock (_all)
        {
            return [.. _all];
        }
    }

    /// <summary>Sends an invitation, or returns the invitee's pending one to the chat (001's 200).</summary>
    public (SimInvitation Invitation, bool Created) Send(SimChat chat, SimUser from, SimUser? user, Guid? organization, long ticks)
    {
        lock (_all)
        {
            if (_all.Find(known => known.Chat == chat && known.IsPending && known.InvitedUserId == user?.Id && known.InvitedOrganizationId == organization) is { } pending)
            {
                return (pending, false);
            }

            var invitation = new SimInvitation(Guid.NewGuid(), chat, from, user?.Id, organization, user?.Name ?? "Partner organization", ticks);
            _all.Add(invitation);
            return (invitation, true);
        }
    }

    public SimInvitation? Find(Guid id, SimChat chat, SimUser from)
    {
        lock (_all)
        {
            return _all.Find(known => known.Id == id && known.Chat == chat && known.InvitedBy == from);
        }
    }

    public SimInvitation? FindIncoming(Guid id, SimUser to)
    {
        lock (_all)
        {
            return _all.Find(known => known.Id == id && known.InvitedUserId == to.Id);
        }
    }

    /// <summary>Expires (<paramref name="accept"/> null), accepts or declines the invitation; the refusal's text when it is no longer pending.</summary>
    public string? Answer(SimInvitation invitation, bool? accept, SimUser by, long ticks)
    {
        lock (_all)
        {
            if (!invitation.IsPending)
            {
                return invitation.IsAccepted ? "The invitation has already been accepted." : "The invitation has already expired.";
            }

            invitation.UpdatedTicks = ticks;
            if (accept == true)
            {
                invitation.AcceptedTicks = ticks;
                invitation.AcceptedBy = by.Id;
            }
            else
            {
                invitation.ExpiredTicks = ticks;
            }

            return null;
        }
    }
}
