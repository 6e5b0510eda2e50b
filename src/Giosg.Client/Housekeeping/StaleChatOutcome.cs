namespace Giosg.Client.Housekeeping;

/// <summary>What a sweep did with one candidate chat.</summary>
public enum StaleChatOutcome
{
    /// <summary>The chat was ended.</summary>
    Ended,

    /// <summary>A dry run (-WhatIf): the chat would have been ended.</summary>
    WouldEnd,

    /// <summary>The chat was left alone; <see cref="StaleChatResult.Reason"/> says why.</summary>
    Skipped,

    /// <summary>Ending failed; <see cref="StaleChatResult.Reason"/> has the cause.</summary>
    Failed,

    /// <summary>The caller declined to end it (answered No to -Confirm); does not count toward -MaxCount.</summary>
    Declined,
}

/// <summary>What became of a sweep's closing note on one chat.</summary>
public enum ClosingNoteOutcome
{
    /// <summary>No note was asked for, or none was sent (the chat was skipped, declined, or a dry run).</summary>
    None,

    /// <summary>The note was posted.</summary>
    Posted,

    /// <summary>The note could not be posted (the API refused or failed).</summary>
    Failed,

    /// <summary>The note was sent once and the connection broke before the answer: it may have been posted. It was not sent again.</summary>
    MayHaveBeenPosted,
}
