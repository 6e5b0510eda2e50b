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

    /// <summary>The message text; null for events, and and when the server can no longer decrypt it.</summary>
    public string? Text { get; init; }

    /// <summary>The <c>attachment_template</c> a client sent, or null.</summary>
    public string? AttachmentTemplate { get; init; }

    /// <summary>The <c>attachments</c> a client sent, as raw JSON; null for none.</summary>
    public string? AttachmentsJson { get; init; }

    /// <summary>The ciphertext; non-null exactly when the message is stored encrypted.</summary>
    public string? EncryptedText { get; init; }
}
