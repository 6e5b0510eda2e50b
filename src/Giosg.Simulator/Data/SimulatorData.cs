using System.Collections.Concurrent;
using Giosg.Simulator.Data;

namespace Giosg.Simulator;

/// <summary>
/// The seeded organization: rooms, users and chats, with the indexes the API reads. Chats are kept in
/// arrays sorted by (created_at, id), so a page is a binary search to the cursor and a short scan.
/// Safe for concurrent reads and updates.
/// </summary>
public sealed class SimulatorData
{
    private readonly SimChat[] _chats;
    private readonly SimChat[] _owned;
    private readonly SimChat[] _involved;
    private readonly SimChat[][] _byRoom;
    private readonly SimChat[][] _byMember;
    private readonly Dictionary<Guid, SimRoom> _roomsById;
    private readonly SimulatorClock _clock;

    // Built on first use: a million-chat simulator that is only listed should not pay for them at start.
    private readonly Lazy<Dictionary<Guid, SimChat>> _chatsById;
    private readonly Lazy<HashSet<UInt128>> _visitors;

    // Chats to wake up once a listing has shown them: the housekeeping race, on demand.
    private readonly ConcurrentDictionary<Guid, byte> _wakeUps = new();

    private long _version;

    internal SimulatorData(SeededOrganization organization, SimChat[] chatsByCreation, SimulatorClock clock)
    {
        OrganizationId = organization.Id;
        TokenUser = organization.TokenUser;
        Rooms = Array.AsReadOnly(organization.Rooms);
        Users = Array.AsReadOnly(organization.Users);
        _roomsById = organization.Rooms.ToDictionary(room => room.Id);
        _clock = clock;
        _chats = chatsByCreation;

        _owned = Array.FindAll(_chats, chat => !chat.Room.IsShared);
        _involved = Array.FindAll(_chats, IsInvolved);
        (_byRoom, _byMember) = Partition(_chats, organization.Rooms.Length, organization.Users.Length);

        Chats = Array.AsReadOnly(_chats);
        OwnedChats = Array.AsReadOnly(_owned);
        InvolvedChats = Array.AsReadOnly(_involved);

        _chatsById = new Lazy<Dictionary<Guid, SimChat>>(() => _chats.ToDictionary(chat => chat.Id));
        _visitors = new Lazy<HashSet<UInt128>>(() => [.. _chats.Where(chat => chat.Facts.HasVisitor).Select(chat => chat.Facts.Visitor)]);
    }

    /// <summary>The simulated organization's id.</summary>
    public Guid OrganizationId { get; }

    /// <summary>Messages sent and memberships clients created or changed.</summary>
    public SimulatorActivity Activity { get; } = new();

    /// <summary>The user the API token belongs to.</summary>
    public SimUser TokenUser { get; }

    /// <summary>The organization's own rooms followed by the partner rooms shared with it.</summary>
    public IReadOnlyList<SimRoom> Rooms { get; }

    /// <summary>The organization's users followed by the partner's users.</summary>
    public IReadOnlyList<SimUser> Users { get; }

    /// <summary>Every chat (owned and routed), sorted by created_at, then id.</summary>
    public IReadOnlyList<SimChat> Chats { get; }

    /// <summary>Chats in the organization's own rooms, sorted like <see cref="Chats"/>.</summary>
    public IReadOnlyList<SimChat> OwnedChats { get; }

    /// <summary>Chats with at least one user member from the organization, sorted like <see cref="Chats"/>.</summary>
    public IReadOnlyList<SimChat> InvolvedChats { get; }

    /// <summary>Changes whenever a chat changes; lets derived orderings know they are stale.</summary>
    internal long Version => Interlocked.Read(ref _version);

    /// <summary>Every chat: all rooms are either owned or shared with the organization.</summary>
    internal SimChat[] Routed => _chats;

    internal SimChat[] Owned => _owned;

    internal SimChat[] Involved => _involved;

    /// <summary>Finds a chat by id.</summary>
    public SimChat? FindChat(Guid chatId) => _chatsById.Value.GetValueOrDefault(chatId);

    /// <summary>Finds a room (own or shared) by id.</summary>
    public SimRoom? FindRoom(Guid roomId) => _roomsById.GetValueOrDefault(roomId);

    /// <summary>Ends a chat as a client's PATCH would, at the simulator clock's "now"; harmless if it has ended.</summary>
    /// <exception cref="KeyNotFoundException">No chat has that id.</exception>
    public SimChat EndChat(Guid chatId)
    {
        var chat = Get(chatId);
        while (true)
        {
            var current = chat.Lifecycle;
            if (TryChange(chat, current, current.End(_clock.UtcTicks)))
            {
                return chat;
            }
        }
    }

    /// <summary>Sets a chat's <c>updated_at</c> to the simulator clock's "now", as a new message would.</summary>
    /// <exception cref="KeyNotFoundException">No chat has that id.</exception>
    public SimChat Touch(Guid chatId)
    {
        var chat = Get(chatId);
        Touch(chat);
        return chat;
    }

    /// <summary>The names of the chat's tags now, in the order they were added.</summary>
    /// <exception cref="KeyNotFoundException">No chat has that id.</exception>
    public IReadOnlyList<string> ChatTags(Guid chatId) => Get(chatId).Tags.Select(tag => tag.Name).ToArray();

    /// <summary>
    /// Stages the race housekeeping must survive: the next time a chat listing page shows one of these
    /// chats, the chat is touched (<see cref="Touch(Guid)"/>) right after the page is written, so the
    /// client decides on an <c>updated_at</c> that is already stale. Each staged chat wakes up once.
    /// </summary>
    /// <exception cref="KeyNotFoundException">An id is not a chat's; then none is staged.</exception>
    public void WakeUpAfterListing(IEnumerable<Guid> chatIds)
    {
        ArgumentNullException.ThrowIfNull(chatIds);
        var chats = chatIds.Select(Get).ToList();
        foreach (var chat in chats)
        {
            _wakeUps[chat.Id] = 0;
        }
    }

    /// <summary>Touches the staged chats among a page just written; cheap when nothing is staged.</summary>
    internal void WakeUpListed(IReadOnlyList<SimChat> page)
    {
        if (_wakeUps.IsEmpty)
        {
            return;
        }

        foreach (var chat in page)
        {
            if (_wakeUps.TryRemove(chat.Id, out _))
            {
                Touch(chat);
            }
        }
    }

    internal SimChat[] InRoom(SimRoom room) => _byRoom[room.Index];

    internal SimChat[] WithMember(SimUser user) => _byMember[user.Index];

    internal bool IsKnownVisitor(UInt128 visitor) => _visitors.Value.Contains(visitor);

    /// <summary>Swaps a chat's lifecycle unless another update got there first; a no-op change always succeeds.</summary>
    internal bool TryChange(SimChat chat, ChatLifecycle expected, ChatLifecycle next)
    {
        if (expected == next)
        {
            return chat.Lifecycle == expected;
        }

        if (!chat.TryReplaceLifecycle(expected, next))
        {
            return false;
        }

        Interlocked.Increment(ref _version);
        return true;
    }

    /// <summary>Whether a user of the organization is a member: the "involved chats" rule.</summary>
    internal bool IsInvolved(SimChat chat) =>
        chat.Facts.FirstUser?.OrganizationId == OrganizationId || chat.Facts.SecondUser?.OrganizationId == OrganizationId;

    private SimChat Get(Guid chatId) => FindChat(chatId) ?? throw new KeyNotFoundException($"No chat {chatId} in the simulated data.");

    private void Touch(SimChat chat)
    {
        while (true)
        {
            var current = chat.Lifecycle;
            if (TryChange(chat, current, current with { UpdatedTicks = _clock.UtcTicks }))
            {
                return;
            }
        }
    }

    /// <summary>Splits the chats per room and per user member; walking them in order keeps each part sorted.</summary>
    private static (SimChat[][] ByRoom, SimChat[][] ByMember) Partition(SimChat[] chats, int roomCount, int userCount)
    {
        var byRoom = Enumerable.Range(0, roomCount).Select(_ => new List<SimChat>()).ToArray();
        var byMember = Enumerable.Range(0, userCount).Select(_ => new List<SimChat>()).ToArray();
        foreach (var chat in chats)
        {
            byRoom[chat.Room.Index].Add(chat);
            if (chat.Facts.FirstUser is { } first)
            {
                byMember[first.Index].Add(chat);
            }

            if (chat.Facts.SecondUser is { } second)
            {
                byMember[second.Index].Add(chat);
            }
        }

        return (byRoom.Select(list => list.ToArray()).ToArray(), byMember.Select(list => list.ToArray()).ToArray());
    }
}
