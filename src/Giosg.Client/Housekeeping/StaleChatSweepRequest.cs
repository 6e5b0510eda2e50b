using Giosg.Client.Chats;

namespace Giosg.Client.Housekeeping;

/// <summary>What a stale-chat sweep ends: open chats of some types, idle longer than a threshold.</summary>
public sealed record StaleChatSweepRequest
{
    /// <summary>A chat is stale when <c>now - UpdatedAt &gt; IdleFor</c>: exactly at the threshold is not stale.</summary>
    public TimeSpan IdleFor { get; init; }

    /// <summary>Chat types to sweep; null or empty means every type. The cmdlet defaults to <c>external</c>.</summary>
    public IReadOnlyCollection<string>? ChatTypes { get; init; }

    /// <summary>Sweep only these rooms (their room endpoints); null or empty sweeps the scope.</summary>
    public IReadOnlyCollection<Guid>? RoomIds { get; init; }

    /// <summary><see cref="ChatScope.Owned"/> or <see cref="ChatScope.Routed"/>.</summary>
    public ChatScope Scope { get; init; } = ChatScope.Owned;

    /// <summary>Chats carrying any of these tags are skipped (a "keep open" tag).</summary>
    public IReadOnlyCollection<string>? ExcludeTags { get; init; }

    /// <summary>A tag added to each chat right before it is ended, so reports can find what housekeeping did.</summary>
    public string? Tag { get; init; }

    /// <summary>
    /// A closing note posted to each chat right before it is ended, as the connection's user: the user joins
    /// the chat first (001: only members may post), then posts, then the chat is ended. Null for none.
    /// </summary>
    public string? Message { get; init; }

    /// <summary>End a chat even when its closing note could not be posted; by default such a chat is left open and reported Failed.</summary>
    public bool EndEvenIfMessageFails { get; init; }

    /// <summary>At most this many end requests (in a dry run, WouldEnd results); null for no cap. Declines do not count.</summary>
    public int? MaxCount { get; init; }

    /// <summary>Chats worked on concurrently.</summary>
    public int ThrottleLimit { get; init; } = 4;

    /// <summary>The "now" idleness is measured against; null means the moment the run begins. Never later than the clock.</summary>
    public DateTimeOffset? AsOf { get; init; }

    /// <summary>The one definition of stale: idle for longer than <see cref="IdleFor"/> (exactly at it is not stale).</summary>
    internal bool IsStale(DateTimeOffset updatedAt, DateTimeOffset now) => now - updatedAt > IdleFor;

    /// <exception cref="ArgumentException">A value no sweep can run with.</exception>
    internal void Validate()
    {
        if (IdleFor <= TimeSpan.Zero)
        {
            throw new ArgumentException($"IdleFor must be a positive time span (got {IdleFor}); e.g. (New-TimeSpan -Days 7).");
        }

        if (AsOf is { } asOf && asOf > DateTimeOffset.UtcNow)
        {
            // A future "now" makes every chat stale at the re-read too: the safety re-check would protect nothing.
            throw new ArgumentOutOfRangeException(nameof(AsOf), asOf, $"AsOf {asOf:u} is later than the clock ({DateTimeOffset.UtcNow:u}); a future 'now' would make chats stale that are not.");
        }

        if (ThrottleLimit is < 1 or > 64)
        {
            throw new ArgumentException($"ThrottleLimit must be between 1 and 64 (got {ThrottleLimit}).");
        }

        if (MaxCount is < 1)
        {
            throw new ArgumentException($"MaxCount must be at least 1 (got {MaxCount}).");
        }

        if (Scope is not (ChatScope.Owned or ChatScope.Routed))
        {
            throw new ArgumentException($"A sweep runs over Scope Owned or Routed (got {Scope}).");
        }

        if (Tag is { } tag && string.IsNullOrWhiteSpace(tag))
        {
            throw new ArgumentException("Tag is empty or whitespace; give the tag to add before ending, e.g. 'auto-closed'.");
        }

        if (Message is { } message)
        {
            _ = new Messages.ChatMessageDraft { Message = message }.Validate();
        }

        foreach (var type in ChatTypes ?? [])
        {
            if (!Chats.ChatTypes.IsKnown(type))
            {
                throw new ArgumentException($"'{type}' is not a chat type; use one of {string.Join(", ", Chats.ChatTypes.All)}.");
            }
        }
    }
}
