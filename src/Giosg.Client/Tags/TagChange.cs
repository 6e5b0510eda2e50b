namespace Giosg.Client.Tags;

/// <summary>What adding or removing a tag did to a chat; docs/api-assumptions.md says why each is claimed.</summary>
public enum TagChangeOutcome
{
    /// <summary>
    /// This call put the tag on the chat: the API answered 201, or answered 200 to a retry of a POST
    /// whose first answer was lost (the lost attempt added it), or the chat's tags, read just before,
    /// did not have it.
    /// </summary>
    Added,

    /// <summary>The chat's tags, read just before, already had the tag; nothing was sent to change them.</summary>
    AlreadyPresent,

    /// <summary>
    /// The chat has the tag now, and whether it had it before is not known: the API answered 200,
    /// which 001 documents as "an existing tag was found with given name" (perhaps the tag's definition,
    /// not this chat's tag). Ask for a checked add (Add-GiosgChatTag -PassThru) to tell Added from AlreadyPresent.
    /// </summary>
    Present,

    /// <summary>The chat no longer has the tag: the API answered 204, or a retried DELETE found it gone.</summary>
    Removed,
}

/// <summary>The result of adding or removing one tag on one chat.</summary>
/// <param name="ChatId">The chat.</param>
/// <param name="Name">The tag's name.</param>
/// <param name="Outcome">What happened.</param>
/// <param name="Tag">The tag as the API returned it (adding only; <see langword="null"/> for <see cref="TagChangeOutcome.AlreadyPresent"/> read from the chat's tags, which carries the listed tag instead).</param>
public sealed record TagChange(Guid ChatId, string Name, TagChangeOutcome Outcome, ChatTag? Tag);
