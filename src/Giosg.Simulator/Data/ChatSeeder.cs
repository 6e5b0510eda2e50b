namespace Giosg.Simulator.Data;

/// <summary>
/// Generates the chats: every <c>chat_type</c>, realistic timestamps in the 90 days before "now",
/// counts that agree with the <c>has_*</c> flags, and a crop of open external "ghost chats" that
/// housekeeping is meant to end.
/// </summary>
internal sealed class ChatSeeder
{
    /// <summary>One chat in this many is a long conversation, with this many times the messages (up to 300).</summary>
    private const int LongConversationEvery = 64;
    private const int LongConversationFactor = 5;

    private static readonly long History = TimeSpan.FromDays(90).Ticks;
    private static readonly long GhostWindow = TimeSpan.FromDays(60).Ticks;
    private static readonly long LiveWindow = TimeSpan.FromDays(2).Ticks;

    private static readonly int[] KindWeights = SeedRandom.Cumulative([50, 20, 12, 10, 8]);
    private static readonly int[] UserMemberWeights = SeedRandom.Cumulative([20, 60, 20]);
    private static readonly int[] TagCountWeights = SeedRandom.Cumulative([60, 25, 10, 5]);
    private static readonly Comparer<SimChat> ById = Comparer<SimChat>.Create((a, b) => a.Id.CompareTo(b.Id));

    private readonly SeedRandom _random;
    private readonly SeededOrganization _organization;
    private readonly long _now;
    private readonly int[] _roomWeights;
    private readonly UInt128[] _visitors;

    private ChatSeeder(int seed, SeededOrganization organization, long nowTicks, int count)
    {
        // A stream of its own: the organization's ids must not depend on how many chats there are.
        _random = new SeedRandom(unchecked((seed * -1640531535) ^ 0x5EED));
        _organization = organization;
        _now = nowTicks;
        _roomWeights = SeedRandom.Cumulative(SeedCatalog.OwnedRooms.Concat(SeedCatalog.SharedRooms).Select(room => room.Weight));

        // About three chats per visitor, so some visitors come back.
        _visitors = new UInt128[Math.Max(8, count / 3)];
        for (var i = 0; i < _visitors.Length; i++)
        {
            _visitors[i] = _random.NextUInt128() | UInt128.One;
        }
    }

    /// <summary>Generates <paramref name="count"/> chats sorted by (created_at, id), the order every listing uses.</summary>
    public static SimChat[] Generate(int count, int seed, SeededOrganization organization, long nowTicks)
    {
        var seeder = new ChatSeeder(seed, organization, nowTicks, count);

        // Draw and sort the start times first: sorting a long[] is far cheaper than sorting chats.
        var created = new long[count];
        for (var i = 0; i < count; i++)
        {
            created[i] = nowTicks - TimeSpan.TicksPerMillisecond - seeder._random.Millis(History - TimeSpan.TicksPerMillisecond);
        }

        Array.Sort(created);

        var chats = new SimChat[count];
        for (var i = 0; i < count; i++)
        {
            chats[i] = seeder.NextChat(created[i], utcDesignator: i % 2 == 1);
        }

        SortTiesById(chats);
        return chats;
    }

    /// <summary>Chats started in the same millisecond are ordered by id, the tie-break every listing uses.</summary>
    private static void SortTiesById(SimChat[] chats)
    {
        for (var start = 0; start < chats.Length;)
        {
            var end = start + 1;
            while (end < chats.Length && chats[end].CreatedTicks == chats[start].CreatedTicks)
            {
                end++;
            }

            if (end - start > 1)
            {
                Array.Sort(chats, start, end - start, ById);
            }

            start = end;
        }
    }

    private SimChat NextChat(long created, bool utcDesignator)
    {
        var room = _organization.Rooms[_random.Pick(_roomWeights)];
        var kind = (ChatKind)_random.Pick(KindWeights);
        var hasVisitor = kind is ChatKind.Visitor or ChatKind.External;
        var (firstUser, secondUser) = PickUserMembers(room, kind);

        var visitorMessages = hasVisitor && _random.Chance(0.85) ? _random.Between(1, 30) : 0;
        var userMessages = firstUser is not null && _random.Chance(0.8) ? _random.Between(1, 30) : 0;

        var isOpen = kind == ChatKind.External ? _random.Chance(0.6) : _now - created < LiveWindow && _random.Chance(0.6);
        var (updated, ended) = isOpen ? OpenTimes(kind, created) : EndedTimes(created);

        var waitingStarted = visitorMessages > 0 ? Math.Min(created + _random.Millis(TimeSpan.TicksPerSecond * 10), updated) : 0;
        var isWaiting = isOpen && visitorMessages > 0
            && (kind == ChatKind.Visitor ? userMessages == 0 || _random.Chance(0.3) : _random.Chance(0.15));

        var duration = visitorMessages + userMessages > 0 ? (float)TimeSpan.FromTicks((ended == 0 ? updated : ended) - created).TotalSeconds * 0.9f : 0f;

        // Drawn in this order since the first release: the same seed must keep giving the same chats.
        var id = _random.NextGuid();
        var visitor = hasVisitor ? _visitors[_random.Next(_visitors.Length)] : UInt128.Zero;
        var tagCount = (byte)_random.Pick(TagCountWeights);
        var catalogIndex = (byte)_random.Next(256);
        var traits = PickTraits(kind, utcDesignator);
        var visitorWait = visitorMessages > 0 && userMessages > 0 ? _random.Seconds(3, 180) : float.NaN;

        // A few long conversations, so message listings span pages; decided without a draw, which keeps the stream.
        if (catalogIndex % LongConversationEvery == 0)
        {
            visitorMessages *= LongConversationFactor;
            userMessages *= LongConversationFactor;
        }

        var facts = new ChatFacts
        {
            Id = id,
            CreatedTicks = created,
            Room = room,
            Kind = kind,
            Visitor = visitor,
            FirstUser = firstUser,
            SecondUser = secondUser,
            UserMessageCount = (ushort)userMessages,
            VisitorMessageCount = (ushort)visitorMessages,
            TagCount = tagCount,
            CatalogIndex = catalogIndex,
            Traits = traits,
            WaitingStartedTicks = waitingStarted,
            VisitorWaitSeconds = visitorWait,
            DurationSeconds = duration,
            ActiveDurationSeconds = Math.Min(duration, (visitorMessages + userMessages) * 30f),
        };

        var presence = isOpen ? PickPresence(firstUser is not null, secondUser is not null, hasVisitor) : Presence.None;
        return new SimChat(facts, new ChatLifecycle(updated, ended, isWaiting, presence));
    }

    private (SimUser? First, SimUser? Second) PickUserMembers(SimRoom room, ChatKind kind)
    {
        var count = kind switch
        {
            ChatKind.Visitor or ChatKind.External => _random.Pick(UserMemberWeights),
            ChatKind.Operator => _random.Chance(0.3) ? 2 : 1,
            ChatKind.Group => 2,
            _ => 1,
        };

        // Shared rooms are served mostly by the partner's users, sometimes by the organization's.
        var pool = room.IsShared && _random.Chance(0.7) ? _organization.PartnerUsers : _organization.OwnUsers;
        if (count == 0)
        {
            return (null, null);
        }

        var first = _random.Next(pool.Length);
        var second = count == 2 ? (first + 1 + _random.Next(pool.Length - 1)) % pool.Length : -1;
        return (pool[first], second < 0 ? null : pool[second]);
    }

    /// <summary>Open external chats linger for up to 60 days; other open chats are from the last two days.</summary>
    private (long Updated, long Ended) OpenTimes(ChatKind kind, long created)
    {
        var age = _now - created;
        var updated = kind == ChatKind.External ? _now - _random.Millis(Math.Min(GhostWindow, age)) : created + _random.Millis(age);
        return (updated, 0);
    }

    private (long Updated, long Ended) EndedTimes(long created)
    {
        var span = Math.Min(TimeSpan.TicksPerMinute + _random.Millis(TimeSpan.TicksPerHour), _now - created);
        var ended = created + span;
        var updated = Math.Min(_now, ended + _random.Millis(TimeSpan.TicksPerSecond * 5));
        return (updated, ended);
    }

    private ChatTraits PickTraits(ChatKind kind, bool utcDesignator)
    {
        var traits = utcDesignator ? ChatTraits.UtcDesignator : ChatTraits.None;
        if (_random.Chance(0.05))
        {
            traits |= ChatTraits.Private;
        }

        if (kind == ChatKind.Visitor && _random.Chance(0.15))
        {
            traits |= ChatTraits.Autosuggested;
        }

        if (_random.Chance(0.03))
        {
            traits |= ChatTraits.Encrypted;
        }

        return traits;
    }

    private Presence PickPresence(bool hasFirstUser, bool hasSecondUser, bool hasVisitor)
    {
        var presence = Presence.None;
        if (hasFirstUser && _random.Chance(0.7))
        {
            presence |= Presence.FirstUserParticipating | (_random.Chance(0.8) ? Presence.FirstUserPresent : Presence.None);
        }

        if (hasSecondUser && _random.Chance(0.7))
        {
            presence |= Presence.SecondUserParticipating | (_random.Chance(0.8) ? Presence.SecondUserPresent : Presence.None);
        }

        if (hasVisitor && _random.Chance(0.6))
        {
            presence |= Presence.VisitorPresent;
        }

        return presence;
    }
}
