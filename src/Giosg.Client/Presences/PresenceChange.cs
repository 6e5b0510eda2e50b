namespace Giosg.Client.Presences;

/// <summary>What adding or removing an operator's presence did.</summary>
public enum PresenceChangeOutcome
{
    /// <summary>The operator was joined to the chat: 201, or 200 to a retried POST whose first answer was lost.</summary>
    Added,

    /// <summary>The operator was present already: 004's 200 to a first attempt.</summary>
    AlreadyPresent,

    /// <summary>The operator is no longer present: 204, or a 404 to a retried DELETE (the lost attempt removed it).</summary>
    Removed,
}

/// <summary>The result of adding or removing one operator's presence in one chat.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="UserId">The operator.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Presence">The presence as the API returned it (adding only).</param>
public sealed record PresenceChange(Guid ChatId, Guid UserId, PresenceChangeOutcome Outcome, ChatPresence? Presence);
