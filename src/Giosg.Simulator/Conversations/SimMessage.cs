namespace Giosg.Simulator.Conversations;

/// <summary>One message of a generated conversation, with everything the message attributes report.</summary>
internal sealed class SimMessage
{
    public required Guid Id { get; init; }

    public required MessageType Type { get; init; }

    public required long CreatedTicks { get; init; }

    public required Speaker Speaker { get; init; }

    /// <summary>The sending user when <see cref="Speaker"/> is a user.</summary>
    public SimUser? User { get; init; }

    /// <summary>The message text; null for events, and when the server can no longer decrypt it or purged it.</summary>
    public string? Text { get; init; }

    /// <summary>The ciphertext; non-null exactly when the message is stored encrypted.</summary>
    public string? EncryptedText { get; init; }

    /// <summary>UTC ticks of <c>sensitive_data_purged_at</c>; 0 when not purged.</summary>
    public long PurgedTicks { get; init; }

    public ReplySuggestion? Suggestion { get; init; }

    public MessageAttachment? Attachment { get; init; }

    /// <summary>For an <c>action</c> message: the message whose attachment the visitor answered.</summary>
    public SimMessage? ResponseTo { get; init; }

    /// <summary>For an <c>action</c> message: the button the visitor chose.</summary>
    public AttachmentAction? ResponseAction { get; init; }
}
