using System.Text.Json;

namespace Giosg.Client.Messages;

/// <summary>
/// A chat message or chat event (001, "Chat messages"). The API lists them newest first.
/// <see cref="Message"/> is null when the server can no longer decrypt an encrypted message;
/// the ciphertext is then in <see cref="EncryptedMessage"/>.
/// </summary>
public sealed record ChatMessage
{
    /// <summary>Unique identifier for the message.</summary>
    public Guid Id { get; init; }

    /// <summary>One of <see cref="MessageTypes.All"/>: <c>msg</c> for a typed message, the others for events.</summary>
    public string? Type { get; init; }

    /// <summary>The chat.</summary>
    public Guid ChatId { get; init; }

    /// <summary>The chat's room.</summary>
    public Guid RoomId { get; init; }

    /// <summary>When it was sent.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary><c>user</c>, <c>visitor</c> or <c>rule</c>.</summary>
    public string? SenderType { get; init; }

    /// <summary>The user id, a visitor's unique string, or a rule id.</summary>
    public string? SenderId { get; init; }

    /// <summary>The sender's name as the visitor sees it.</summary>
    public string? SenderPublicName { get; init; }

    /// <summary>The sender's name as an operator sees it.</summary>
    public string? SenderName { get; init; }

    /// <summary>The sender's avatar, if any.</summary>
    public Avatar? SenderAvatar { get; init; }

    /// <summary>The text; null when the server cannot decrypt it any more.</summary>
    public string? Message { get; init; }

    /// <summary>Whether the message is stored encrypted.</summary>
    public bool IsEncrypted { get; init; }

    /// <summary>The ciphertext, when <see cref="IsEncrypted"/>.</summary>
    public string? EncryptedMessage { get; init; }

    /// <summary>When sensitive data was purged from the message, or null.</summary>
    public DateTimeOffset? SensitiveDataPurgedAt { get; init; }

    /// <summary>The reply suggestion the message was based on, or null.</summary>
    public Guid? SelectedReplySuggestionId { get; init; }

    /// <summary>That suggestion, or null.</summary>
    public ReplySuggestion? SelectedReplySuggestion { get; init; }

    /// <summary>Rich or interactive content of the message.</summary>
    public IReadOnlyList<MessageAttachment> Attachments { get; init; } = [];

    /// <summary>null, <c>generic</c>, <c>interaction</c> or <c>external</c>.</summary>
    public string? AttachmentTemplate { get; init; }

    /// <summary>The message this responds to, or null.</summary>
    public Guid? ResponseToMessageId { get; init; }

    /// <summary>The attachment this responds to, or null.</summary>
    public Guid? ResponseToAttachmentId { get; init; }

    /// <summary>That attachment, or null.</summary>
    public MessageAttachment? ResponseToAttachment { get; init; }

    /// <summary>The attachment action this responds to, or null.</summary>
    public Guid? ResponseToActionId { get; init; }

    /// <summary>That action, or null.</summary>
    public AttachmentAction? ResponseToAction { get; init; }

    /// <summary>The chosen value of the response, or null.</summary>
    public string? ResponseValue { get; init; }

    /// <summary>The response's text, or null.</summary>
    public string? ResponseText { get; init; }
}

/// <summary>An avatar image.</summary>
public sealed record Avatar
{
    /// <summary>The image's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The image's URL.</summary>
    public string? Url { get; init; }
}

/// <summary>A reply suggestion a message was based on.</summary>
public sealed record ReplySuggestion
{
    /// <summary>The suggestion's id.</summary>
    public Guid Id { get; init; }

    /// <summary>The suggested text.</summary>
    public string? Suggestion { get; init; }

    /// <summary>How relevant the suggestion was judged.</summary>
    public double? RelevancyScore { get; init; }
}

/// <summary>Rich or interactive content in a message (001, "Chat message attachments").</summary>
public sealed record MessageAttachment
{
    /// <summary>The attachment's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>Its title.</summary>
    public string? Title { get; init; }

    /// <summary>The title's link.</summary>
    public string? TitleLinkUrl { get; init; }

    /// <summary>Its text (may be Markdown).</summary>
    public string? Text { get; init; }

    /// <summary>An image.</summary>
    public string? ImageUrl { get; init; }

    /// <summary>The image's link.</summary>
    public string? ImageLinkUrl { get; init; }

    /// <summary><c>_blank</c> or <c>_parent</c>.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>Buttons offered with the attachment.</summary>
    public IReadOnlyList<AttachmentAction> Actions { get; init; } = [];

    /// <summary>The attached interaction, for the interaction template.</summary>
    public Guid? InteractionId { get; init; }

    /// <summary>The framed page, for the external template.</summary>
    public string? AttachmentUrl { get; init; }

    /// <summary>Free-form parameters of an interaction or external attachment.</summary>
    public JsonElement? Parameters { get; init; }
}

/// <summary>A button of an attachment.</summary>
public sealed record AttachmentAction
{
    /// <summary>The action's id.</summary>
    public Guid? Id { get; init; }

    /// <summary>The button's text.</summary>
    public string? Text { get; init; }

    /// <summary><c>button</c> or <c>link_button</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Where a link button opens.</summary>
    public string? LinkTarget { get; init; }

    /// <summary>The action's value.</summary>
    public string? Value { get; init; }

    /// <summary>The button's style.</summary>
    public string? Style { get; init; }

    /// <summary>Whether the actions are disabled after one is selected.</summary>
    public bool IsDisabledOnSelection { get; init; }

    /// <summary>Whether the actions are disabled after the visitor's next message.</summary>
    public bool IsDisabledOnVisitorMessage { get; init; }
}
