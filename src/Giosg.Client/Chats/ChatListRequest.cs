namespace Giosg.Client.Chats;

/// <summary>
/// Which chats to list and how to filter them. Filters the chosen endpoint documents go to the
/// server as query parameters; the others (and <see cref="ChatTypes"/>, which no endpoint
/// takes) are applied to each page as it arrives, so every filter works with every collection.
/// </summary>
public sealed record ChatListRequest
{
    /// <summary>The endpoint family; null means <see cref="ChatScope.Owned"/> (or the room's endpoints with <see cref="RoomId"/>).</summary>
    public ChatScope? Scope { get; init; }

    /// <summary>List one room's chats (<c>orgs/&lt;org&gt;/rooms/&lt;room&gt;/chats</c>).</summary>
    public Guid? RoomId { get; init; }

    /// <summary>With <see cref="RoomId"/>: that visitor's chats in the room.</summary>
    public string? VisitorId { get; init; }

    /// <summary>Pending chats: the room's with <see cref="RoomId"/>, otherwise the user's.</summary>
    public bool Pending { get; init; }

    /// <summary>The chats the user is present in now (004 <c>orgs/&lt;org&gt;/users/&lt;user&gt;/current_chats</c>).</summary>
    public bool Current { get; init; }

    /// <summary>The user for user endpoints; defaults to the connection's user.</summary>
    public Guid? UserId { get; init; }

    /// <summary><c>is_ended</c>: true for ended chats, false for open ones.</summary>
    public bool? IsEnded { get; init; }

    /// <summary><c>is_waiting</c>.</summary>
    public bool? IsWaiting { get; init; }

    /// <summary><c>has_messages</c>.</summary>
    public bool? HasMessages { get; init; }

    /// <summary><c>has_user_messages</c>.</summary>
    public bool? HasUserMessages { get; init; }

    /// <summary><c>has_visitor_messages</c>.</summary>
    public bool? HasVisitorMessages { get; init; }

    /// <summary><c>created_at_after</c>: chats created after this moment.</summary>
    public DateTimeOffset? CreatedAfter { get; init; }

    /// <summary><c>created_at_before</c>: chats created before this moment.</summary>
    public DateTimeOffset? CreatedBefore { get; init; }

    /// <summary><c>ordering=-created_at</c>: newest first.</summary>
    public bool Descending { get; init; }

    /// <summary><c>ordering=updated_at</c> (or <c>-updated_at</c> with <see cref="Descending"/>): documented for a user's chats only.</summary>
    public bool OrderByUpdatedAt { get; init; }

    /// <summary><c>is_participating</c>: true for the user's chats they take part in now, false for the others; a user's chats only.</summary>
    public bool? IsParticipating { get; init; }

    /// <summary>Only chats of these types (<see cref="ChatTypes"/> values); null or empty for all.</summary>
    public IReadOnlyCollection<string>? ChatTypes { get; init; }
}
