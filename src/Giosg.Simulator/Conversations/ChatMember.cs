namespace Giosg.Simulator.Conversations;

/// <summary>
/// A member of a generated conversation and what they did in it: the facts a chat membership reports.
/// Whether they participate and are present now comes from the chat's current lifecycle instead.
/// </summary>
internal sealed class ChatMember
{
    public required Speaker Speaker { get; init; }

    /// <summary>The user; null for the visitor.</summary>
    public SimUser? User { get; init; }

    /// <summary>When the member joined (the chat's start for the visitor).</summary>
    public required long JoinedTicks { get; init; }

    /// <summary>The member's last message or join: when they were last seen.</summary>
    public required long LastSeenTicks { get; init; }

    /// <summary>When the member left; 0 when they did not.</summary>
    public long LeftTicks { get; init; }

    /// <summary>The member's <c>msg</c> messages.</summary>
    public required int MessageCount { get; init; }

    /// <summary>Participating (and present) as a client set it last; null follows the chat's seeded presence.</summary>
    public bool? Participating { get; init; }

    /// <summary>The composing status shown while the member is present.</summary>
    public required string ComposingWhilePresent { get; init; }
}
