namespace Giosg.Simulator.Conversations;

/// <summary>A generic chat message attachment: a small feedback card with buttons.</summary>
internal sealed record MessageAttachment(
    Guid Id,
    string Title,
    string TitleLinkUrl,
    string Text,
    string ImageUrl,
    string ImageLinkUrl,
    string LinkTarget,
    AttachmentAction[] Actions);

/// <summary>A button of an attachment; <see cref="LinkTarget"/> only for <c>link_button</c>s, as documented.</summary>
internal sealed record AttachmentAction(
    Guid Id,
    string Text,
    string Type,
    string Value,
    string Style,
    string? LinkTarget,
    bool IsDisabledOnSelection,
    bool IsDisabledOnVisitorMessage);
