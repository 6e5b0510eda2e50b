namespace Giosg.Client.Chats;

/// <summary>The chat-list query parameters an endpoint documents (001).</summary>
[Flags]
internal enum ChatFilters
{
    None = 0,
    Ordering = 1,
    IsWaiting = 2,
    IsEnded = 4,
    HasMessages = 8,
    CreatedAt = 16,

    /// <summary><c>ordering</c> also by <c>updated_at</c> / <c>-updated_at</c>.</summary>
    UpdatedOrdering = 32,

    /// <summary><c>is_participating</c> for the user in the path.</summary>
    IsParticipating = 64,

    /// <summary>owned, routed, involved, room and room-visitor chats.</summary>
    OrganizationList = Ordering | IsWaiting | IsEnded | HasMessages | CreatedAt,

    /// <summary><c>users/&lt;user&gt;/chats</c>: no <c>is_waiting</c>, no creation window; ordering by updated_at and <c>is_participating</c> (001).</summary>
    UserList = Ordering | IsEnded | HasMessages | UpdatedOrdering | IsParticipating,
}
