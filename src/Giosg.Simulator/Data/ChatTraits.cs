namespace Giosg.Simulator.Data;

/// <summary>Seeded yes/no facts of a chat, packed to keep a million chats small.</summary>
[Flags]
internal enum ChatTraits : byte
{
    None = 0,
    Private = 1,
    Autosuggested = 2,
    Encrypted = 4,

    /// <summary>Write this chat's datetimes with a <c>Z</c> suffix; others have no offset, as in the docs.</summary>
    UtcDesignator = 8,
}
