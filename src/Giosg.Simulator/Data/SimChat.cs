using Giosg.Simulator.Data;

namespace Giosg.Simulator;

/// <summary>
/// One chat of the simulated data. Seeded facts never change; the lifecycle (updated, ended, waiting,
/// presence) and the tags change atomically when a client ends a chat, marks it not waiting or tags it,
/// so every property is safe to read while requests update the chat.
/// </summary>
public sealed class SimChat
{
    private readonly ChatFacts _facts;
    private readonly ChatLifecycle _seeded;

    // Null until the first change: a million untouched chats then cost no extra object each.
    private ChatState? _changed;

    internal SimChat(in ChatFacts facts, ChatLifecycle lifecycle)
    {
        _facts = facts;
        _seeded = lifecycle;
    }

    /// <summary>The chat's id.</summary>
    public Guid Id => _facts.Id;

    /// <summary>When the chat started (<c>created_at</c>).</summary>
    public DateTimeOffset CreatedAt => FromTicks(_facts.CreatedTicks);

    /// <summary>When the chat last changed (<c>updated_at</c>).</summary>
    public DateTimeOffset UpdatedAt => FromTicks(Lifecycle.UpdatedTicks);

    /// <summary>When the chat ended (<c>ended_at</c>), or <see langword="null"/> while it is open.</summary>
    public DateTimeOffset? EndedAt => Lifecycle is { IsEnded: true } state ? FromTicks(state.EndedTicks) : null;

    /// <summary>Whether the chat has ended (<c>is_ended</c>).</summary>
    public bool IsEnded => Lifecycle.IsEnded;

    /// <summary>When the chat became waiting (<c>waiting_started_at</c>), or <see langword="null"/>.</summary>
    public DateTimeOffset? WaitingStartedAt => _facts.WaitingStartedTicks == 0 ? null : FromTicks(_facts.WaitingStartedTicks);

    /// <summary>Whether the chat waits for a user's answer (<c>is_waiting</c>).</summary>
    public bool IsWaiting => Lifecycle.IsWaiting;

    /// <summary>Waiting with no user present (<c>is_pending</c>).</summary>
    public bool IsPending => Lifecycle.IsPending;

    /// <summary>The <c>chat_type</c>: <c>visitor</c>, <c>external</c>, <c>operator</c>, <c>group</c> or <c>task</c>.</summary>
    public string ChatType => _facts.Kind.WireName();

    /// <summary>The room the chat took place in.</summary>
    public SimRoom Room => _facts.Room;

    /// <summary>The room's id (<c>room_id</c>).</summary>
    public Guid RoomId => _facts.Room.Id;

    /// <summary>The organization that owns the chat's room (<c>room_organization_id</c>).</summary>
    public Guid RoomOrganizationId => _facts.Room.OrganizationId;

    /// <summary>The visitor member's id (32 hex digits, not a UUID), or <see langword="null"/>.</summary>
    public string? VisitorId => _facts.HasVisitor ? VisitorIds.Format(_facts.Visitor) : null;

    /// <summary>The users who are members of the chat (zero to two).</summary>
    public IReadOnlyList<SimUser> UserMembers =>
        (_facts.FirstUser, _facts.SecondUser) switch
        {
            (null, _) => [],
            ({ } first, null) => [first],
            ({ } first, { } second) => [first, second],
        };

    /// <summary>Messages in total (<c>message_count</c>).</summary>
    public int MessageCount => _facts.MessageCount;

    /// <summary>Messages by users (<c>user_message_count</c>).</summary>
    public int UserMessageCount => _facts.UserMessageCount;

    /// <summary>Messages by the visitor (<c>visitor_message_count</c>).</summary>
    public int VisitorMessageCount => _facts.VisitorMessageCount;

    /// <summary>Tags on the chat now (<c>tag_count</c>).</summary>
    public int TagCount => Volatile.Read(ref _changed)?.Tags?.Length ?? _facts.TagCount;

    /// <summary>Whether the chat's messages are stored encrypted (<c>is_encrypted</c>).</summary>
    public bool IsEncrypted => _facts.Has(ChatTraits.Encrypted);

    internal ref readonly ChatFacts Facts => ref _facts;

    internal long CreatedTicks => _facts.CreatedTicks;

    /// <summary>One consistent view of the changing state; read it once per decision.</summary>
    internal ChatLifecycle Lifecycle => Volatile.Read(ref _changed)?.Lifecycle ?? _seeded;

    /// <summary>The lifecycle as seeded, before any client changed it: what the generated conversation follows.</summary>
    internal ChatLifecycle SeededLifecycle => _seeded;

    /// <summary>Everything clients changed, or <see langword="null"/> for nothing yet; swap it with <see cref="TryReplaceState"/>.</summary>
    internal ChatState? ChangedState => Volatile.Read(ref _changed);

    /// <summary>The tags on the chat now, in the order they were added.</summary>
    internal IReadOnlyList<ChatTag> Tags => Volatile.Read(ref _changed)?.Tags ?? SeededTags();

    /// <summary>Replaces the lifecycle if it is still <paramref name="expected"/>; false when another update won.</summary>
    internal bool TryReplaceLifecycle(ChatLifecycle expected, ChatLifecycle next)
    {
        while (true)
        {
            var state = Volatile.Read(ref _changed);
            if ((state?.Lifecycle ?? _seeded) != expected)
            {
                return false;
            }

            // A tag change in between leaves the lifecycle as expected: try again on top of it.
            if (TryReplaceState(state, new ChatState(next, state?.Tags)))
            {
                return true;
            }
        }
    }

    /// <summary>Replaces the changed state if it is still <paramref name="expected"/>; false when another update won.</summary>
    internal bool TryReplaceState(ChatState? expected, ChatState next) =>
        Interlocked.CompareExchange(ref _changed, next, expected) == expected;

    /// <summary>The seeded tags, tagged one after another while the seeded conversation went on.</summary>
    internal ChatTag[] SeededTags()
    {
        var tags = new ChatTag[_facts.TagCount];
        var start = _facts.CreatedTicks;
        var span = (_seeded.IsEnded ? _seeded.EndedTicks : _seeded.UpdatedTicks) - start;
        var index = 0;
        foreach (var name in _facts.TagNames)
        {
            var offset = span * (index + 1) / (tags.Length + 1);
            tags[index++] = new ChatTag(name, start + offset - (offset % TimeSpan.TicksPerMillisecond));
        }

        return tags;
    }

    internal bool IsMember(SimUser user) => ReferenceEquals(_facts.FirstUser, user) || ReferenceEquals(_facts.SecondUser, user);

    /// <inheritdoc />
    public override string ToString() => $"{ChatType} chat {Id} in {Room.Name}";

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);
}
