namespace Giosg.Simulator.Data;

/// <summary>
/// What clients have changed about a chat: its lifecycle and, once a tag was added or removed, its
/// tags. Immutable and swapped as one value, so a tag is never added to a chat that has just ended.
/// </summary>
internal sealed class ChatState(ChatLifecycle lifecycle, ChatTag[]? tags)
{
    public ChatLifecycle Lifecycle { get; } = lifecycle;

    /// <summary>The chat's tags; <see langword="null"/> while they are still the seeded ones.</summary>
    public ChatTag[]? Tags { get; } = tags;
}
