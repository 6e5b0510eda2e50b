namespace Giosg.Client.Chats;

/// <summary>
/// The endpoint families of the Chats API (001). A chat's family decides which endpoints
/// its messages, tags and memberships are read and changed through.
/// </summary>
public enum ChatScope
{
    /// <summary><c>orgs/&lt;org&gt;/owned_chats</c>: chats in rooms the organization owns.</summary>
    Owned,

    /// <summary><c>orgs/&lt;org&gt;/routed_chats</c>: owned chats and chats of rooms shared to the organization.</summary>
    Routed,

    /// <summary><c>orgs/&lt;org&gt;/involved_chats</c>: chats with a member from the organization.</summary>
    Involved,

    /// <summary><c>users/&lt;user&gt;/chats</c>: chats the user is a member of.</summary>
    User,

    /// <summary>
    /// <c>orgs/&lt;org&gt;/users/&lt;user&gt;/chats</c> of the older chat API (004): all chats of the user,
    /// in 004's shape. A listing only: the chats it yields belong to <see cref="User"/> (their messages,
    /// tags and changes go through <c>users/&lt;user&gt;/chats/&lt;chat&gt;</c>), and a chat given with
    /// this scope is treated as <see cref="User"/>.
    /// </summary>
    OrganizationUser,
    /// <summary><c>users/&lt;user&gt;/routed_chats</c>: chats of every room the user is linked to by a router; their messages and memberships are read below the user's path, their tags through the organization's routed chats.</summary>
    UserRouted,
}
