namespace Giosg.Client.Memberships;

/// <summary>What a membership request did.</summary>
public enum MembershipOutcome
{
    /// <summary>A new membership (the API's 201).</summary>
    Joined,

    /// <summary>The user was a member already (the API's 200 to a join).</summary>
    AlreadyMember,

    /// <summary>An existing membership was changed (PUT).</summary>
    Updated,
}

/// <summary>The result of joining a chat or changing a membership.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="UserId">The member.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Membership">The membership as the API returned it; null when the API answered an update without a body (docs/api-assumptions.md, H4).</param>
public sealed record ChatMembershipChange(Guid ChatId, Guid UserId, MembershipOutcome Outcome, ChatMembership? Membership);

/// <summary>Which documented endpoint a join goes through (001, "Join user to …").</summary>
public enum JoinRoute
{
    /// <summary><c>orgs/&lt;org&gt;/{owned,routed,involved}_chats/&lt;chat&gt;/memberships</c> with <c>member_id</c>, by the chat's scope; 200 when already a member.</summary>
    Organization,

    /// <summary><c>users/&lt;user&gt;/routed_chats/&lt;chat&gt;/memberships</c>: a chat routed to the user (Giosg's demo bot joins this way).</summary>
    UserRouted,

    /// <summary><c>users/&lt;user&gt;/pending_chats/&lt;chat&gt;/memberships</c>: take a pending chat; 404 once it is no longer pending.</summary>
    UserPending,
}

/// <summary>The body of a join or a membership update: <c>is_participating</c>, <c>composing_status</c>, and for the organization routes <c>member_id</c>.</summary>
internal sealed record MembershipBody(bool IsParticipating, string ComposingStatus, Guid? MemberId = null, DateTimeOffset? LastSeenAt = null);
