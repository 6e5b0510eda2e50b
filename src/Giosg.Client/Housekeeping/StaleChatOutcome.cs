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
