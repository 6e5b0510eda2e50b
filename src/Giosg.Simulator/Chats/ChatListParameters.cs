namespace Giosg.Simulator.Chats;

/// <summary>
/// The documented GET parameters differ per listing; parameters a listing does not document are
/// ignored, like any unknown parameter.
/// </summary>
[Flags]
internal enum ChatListParameters
{
    /// <summary><c>ordering</c> by created_at, <c>is_ended</c> and the <c>has_*messages</c> filters.</summary>
    Common = 0,

    /// <summary><c>is_waiting</c>.</summary>
    Waiting = 1,

    /// <summary><c>created_at_after</c> and <c>created_at_before</c>.</summary>
    CreatedRange = 2,

    /// <summary><c>ordering</c> may also be <c>updated_at</c> / <c>-updated_at</c>.</summary>
    UpdatedOrdering = 4,

    /// <summary><c>is_participating</c> for the user in the path.</summary>
    Participating = 8,

    /// <summary>The organization, room and visitor listings.</summary>
    Organization = Waiting | CreatedRange,

    /// <summary><c>users/&lt;user_id&gt;/chats</c>.</summary>
    UserChats = UpdatedOrdering | Participating,
}
