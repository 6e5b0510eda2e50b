namespace Giosg.Client.Invitations;

/// <summary>Where an invitation stands.</summary>
public enum InvitationState
{
    /// <summary>Neither accepted nor expired.</summary>
    Pending,

    /// <summary>Accepted by the invitee.</summary>
    Accepted,

    /// <summary>Expired by its sender, declined, or its chat ended before anyone accepted.</summary>
    Expired,
}

/// <summary>An answer to an invitation: the invitee accepts or declines an incoming one, the sender expires an outgoing one.</summary>
public enum InvitationAnswer
{
    /// <summary><c>PATCH users/&lt;user&gt;/incoming_chat_invitations/&lt;id&gt; {"is_accepted": true}</c>.</summary>
    Accepted,

    /// <summary><c>PATCH users/&lt;user&gt;/incoming_chat_invitations/&lt;id&gt; {"is_accepted": false}</c> (not documented by 001; docs/api-assumptions.md).</summary>
    Declined,

    /// <summary><c>PATCH users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations/&lt;id&gt; {"is_expired": true}</c>.</summary>
    Expired,
}

/// <summary>Which of the user's invitation endpoints an invitation was read from.</summary>
public enum InvitationDirection
{
    /// <summary><c>users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations</c>: sent by the user.</summary>
    Outgoing,

    /// <summary><c>users/&lt;user&gt;/incoming_chat_invitations</c>: sent to the user.</summary>
    Incoming,
}

/// <summary>Who is invited: exactly one of a user, a team or an organization (001).</summary>
public enum InviteeKind
{
    /// <summary><c>invited_user_id</c>.</summary>
    User,

    /// <summary><c>invited_team_id</c>.</summary>
    Team,

    /// <summary><c>invited_organization_id</c>.</summary>
    Organization,
}
