namespace Giosg.Client.Messages;

/// <summary>
/// A message to send (001, "Send a chat message"): its text and, optionally, rich content as
/// attachments with a template. <see cref="Validate"/> applies 001's rules before any request.
/// </summary>
public sealed record ChatMessageDraft
{
    /// <summary>The longest text 001 allows.</summary>
    public const int MaxLength = 2000;

    /// <summary>The text; required, at most <see cref="MaxLength"/> characters.</summary>
    public string Message { get; init; } = string.Empty;

    /// <summary>null (plain text, or generic when attachments are given), <c>generic</c>, <c>interaction</c> or <c>external</c>.</summary>
    public string? AttachmentTemplate { get; init; }

    /// <summary>Rich or interactive content: titles, links, images, buttons (generic); an interaction; an external page.</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>The chat reply suggestion the message is based on, if any.</summary>
    public Guid? ChatReplySuggestionId { get; init; }

    /// <summary>The templates 001 documents.</summary>
    public static IReadOnlyList<string> Templates { get; } = ["generic", "interaction", "external"];

    /// <summary>Checks 001's rules and returns the body to send (with <c>generic</c> as the template when attachments come without one).</summary>
    /// <exception cref="ArgumentException">A rule is broken; the message says which.</exception>
    public ChatMessageDraft Validate()
    {
        if (string.IsNullOrWhiteSpace(Message))
        {
            throw new ArgumentException("The message is empty; give its text, e.g. -Message 'Closing this chat now.'.");
        }

        if (Message.Length > MaxLength)
        {
            throw new ArgumentException($"The message has {Message.Length} characters; 001 allows at most {MaxLength}.");
        }

        var attachments = Attachments ?? [];
        var template = AttachmentTemplate ?? (attachments.Count > 0 ? "generic" : null);
        if (template is not null && !Templates.Contains(template, StringComparer.Ordinal))
        {
            throw new ArgumentException($"'{template}' is not an attachment template; use generic, interaction or external.");
        }

        if (template == "interaction" && attachments.Count > 1)
        {
            throw new ArgumentException($"The interaction template takes one attachment (got {attachments.Count}).");
        }

        foreach (var attachment in attachments)
        {
            var problem = template switch
            {
                "interaction" when attachment.InteractionId is null => "an interaction attachment needs an InteractionId",
                "external" when string.IsNullOrWhiteSpace(attachment.AttachmentUrl) => "an external attachment needs an AttachmentUrl",
                "generic" when attachment.Title is null && attachment.Text is null && attachment.ImageUrl is null && attachment.Actions.Count == 0
                    => "a generic attachment needs a Title, Text, ImageUrl or Actions",
                _ => null,
            };
            problem ??= attachment.Actions.Select(Check).FirstOrDefault(text => text is not null);
            if (problem is not null)
            {
                throw new ArgumentException($"Attachment {attachments.ToList().IndexOf(attachment) + 1}: {problem} (001, \"Chat message attachments\").");
            }
        }

        return this with { AttachmentTemplate = template, Attachments = attachments.Count == 0 ? null : attachments };
    }

    private static string? Check(AttachmentAction action) =>
        string.IsNullOrWhiteSpace(action.Text) ? "a button needs a Text"
        : action.Type is not ("button" or "link_button") ? $"a button's Type is button or link_button (got '{action.Type}')"
        : string.IsNullOrWhiteSpace(action.Value) ? "a button needs a Value (a link_button's URL or #anchor)"
        : null;
}
