namespace Giosg.Simulator.Data;

/// <summary>
/// The part of a chat that changes: an immutable value, so readers always see one consistent state
/// (a chat is never "ended but still waiting" halfway through an update).
/// </summary>
/// <param name="UpdatedTicks">UTC ticks of <c>updated_at</c>.</param>
/// <param name="EndedTicks">UTC ticks of <c>ended_at</c>; 0 while the chat is open.</param>
/// <param name="IsWaiting">The <c>is_waiting</c> attribute.</param>
/// <param name="Presence">Which members participate and are present.</param>
internal readonly record struct ChatLifecycle(long UpdatedTicks, long EndedTicks, bool IsWaiting, Presence Presence)
{
    public bool IsEnded => EndedTicks != 0;

    public int PresentUserCount =>
        (Presence.HasFlag(Presence.FirstUserPresent) ? 1 : 0) + (Presence.HasFlag(Presence.SecondUserPresent) ? 1 : 0);

    public int PresentVisitorCount => Presence.HasFlag(Presence.VisitorPresent) ? 1 : 0;

    /// <summary>Waiting for an answer with no user present to give it (the documented definition).</summary>
    public bool IsPending => IsWaiting && PresentUserCount == 0;

    /// <summary>Ending is permanent and idempotent: an ended chat stays as it was.</summary>
    public ChatLifecycle End(long nowTicks) =>
        IsEnded ? this : new ChatLifecycle(nowTicks, nowTicks, IsWaiting: false, Presence.None);

    public ChatLifecycle StopWaiting(long nowTicks) =>
        IsWaiting ? this with { UpdatedTicks = nowTicks, IsWaiting = false } : this;
}
