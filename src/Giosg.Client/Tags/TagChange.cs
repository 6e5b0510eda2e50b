namespace Giosg.Client.Tags;

/// <summary>What adding or removing a tag did to a chat.</summary>
public enum TagChangeOutcome
{
    /// <summary>201: the tag was new on the chat.</summary>
    Added,

    /// <summary>200: the chat already had the tag.</summary>
    AlreadyPresent,

    /// <summary>204: the tag was removed.</summary>
    Removed,
}

/// <summary>The result of adding or removing one tag on one chat.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="Name">The tag's name.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Tag">The tag as the API returned it (adding only).</param>
public sealed record TagChange(Guid ChatId, string Name, TagChangeOutcome Outcome, ChatTag? Tag);
