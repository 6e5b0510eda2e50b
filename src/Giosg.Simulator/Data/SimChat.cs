using Giosg.Simulator.Data;

namespace Giosg.Simulator;

/// <summary>
/// One chat of the simulated data. Seeded facts never change; the lifecycle (updated, ended, waiting,
/// presence) changes atomically when a client ends a chat or marks it not waiting, so every property is
/// safe to read while requests update the chat.
/// </summary>
public sealed class SimChat
{
    private readonly ChatFacts _facts;
    private readonly ChatLifecycle _seeded;

    // Null until the first change: a million untouched chats then cost no extra object each.
    private LifecycleBox? _changed;

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

    /// <summary>Tags on the chat (<c>tag_count</c>).</summary>
    public int TagCount => _facts.TagCount;

    /// <summary>Whether the chat's messages are stored encrypted (<c>is_encrypted</c>).</summary>
    public bool IsEncrypted => _facts.Has(ChatTraits.Encrypted);

    internal ref readonly ChatFacts Facts => ref _facts;

    internal long CreatedTicks => _facts.CreatedTicks;

    /// <summary>One consistent view of the changing state; read it once per decision.</summary>
    internal ChatLifecycle Lifecycle => Volatile.Read(ref _changed)?.Value ?? _seeded;

    /// <summary>Replaces the lifecycle if it is still <paramref name="expected"/>; false when another update won.</summary>
    internal bool TryReplaceLifecycle(ChatLifecycle expected, ChatLifecycle next)
    {
        var box = Volatile.Read(ref _changed);
        if ((box?.Value ?? _seeded) != expected)
        {
            return false;
        }

        return Interlocked.CompareExchange(ref _changed, new LifecycleBox(next), box) == box;
    }

    internal bool IsMember(SimUser user) => ReferenceEquals(_facts.FirstUser, user) || ReferenceEquals(_facts.SecondUser, user);

    /// <inheritdoc />
    public override string ToString() => $"{ChatType} chat {Id} in {Room.Name}";

    private static DateTimeOffset FromTicks(long utcTicks) => new(utcTicks, TimeSpan.Zero);

    private sealed class LifecycleBox(ChatLifecycle value)
    {
        public ChatLifecycle Value { get; } = value;
    }
}
