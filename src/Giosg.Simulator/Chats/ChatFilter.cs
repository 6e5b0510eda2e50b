using Giosg.Simulator.Data;

namespace Giosg.Simulator.Chats;

/// <summary>Which chats of a scope a listing returns: the documented query filters plus the scope's own rule.</summary>
internal sealed record ChatFilter
{
    public bool? IsWaiting { get; init; }

    public bool? IsEnded { get; init; }

    public bool? HasMessages { get; init; }

    public bool? HasUserMessages { get; init; }

    public bool? HasVisitorMessages { get; init; }

    /// <summary>With <see cref="Participant"/>: whether that user must (or must not) be participating.</summary>
    public bool? IsParticipating { get; init; }

    public SimUser? Participant { get; init; }

    /// <summary>Inclusive lower bound of created_at in UTC ticks.</summary>
    public long CreatedFrom { get; init; } = long.MinValue;

    /// <summary>Inclusive upper bound of created_at in UTC ticks.</summary>
    public long CreatedTo { get; init; } = long.MaxValue;

    /// <summary>Pending listings: only chats waiting with no user present.</summary>
    public bool PendingOnly { get; init; }

    /// <summary>Visitor listings: only chats of this visitor; zero for any.</summary>
    public UInt128 Visitor { get; init; }

    public bool Matches(SimChat chat)
    {
        ref readonly var facts = ref chat.Facts;
        if (facts.CreatedTicks < CreatedFrom
            || facts.CreatedTicks > CreatedTo
            || (Visitor != UInt128.Zero && facts.Visitor != Visitor)
            || !Agrees(HasMessages, facts.MessageCount > 0)
            || !Agrees(HasUserMessages, facts.UserMessageCount > 0)
            || !Agrees(HasVisitorMessages, facts.VisitorMessageCount > 0))
        {
            return false;
        }

        // Read the changing state once, so one chat is judged on one consistent state.
        var state = chat.Lifecycle;
        return Agrees(IsEnded, state.IsEnded)
            && Agrees(IsWaiting, state.IsWaiting)
            && (!PendingOnly || state.IsPending)
            && (Participant is null || Agrees(IsParticipating, IsParticipatingIn(chat, state, Participant)));
    }

    private static bool Agrees(bool? wanted, bool actual) => wanted is not { } value || value == actual;

    private static bool IsParticipatingIn(SimChat chat, ChatLifecycle state, SimUser user) =>
        (ReferenceEquals(chat.Facts.FirstUser, user) && state.Presence.HasFlag(Presence.FirstUserParticipating))
        || (ReferenceEquals(chat.Facts.SecondUser, user) && state.Presence.HasFlag(Presence.SecondUserParticipating));
}
