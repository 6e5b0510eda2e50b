using System.Collections;
using System.Management.Automation;
using Giosg.Client.Messages;

namespace Giosg.PowerShell.Messages;

/// <summary>
/// Reads -Attachment: hashtables with the attachment's attributes in PascalCase (Title, TitleLinkUrl,
/// Text, ImageUrl, ImageLinkUrl, LinkTarget, Actions, InteractionId, AttachmentUrl), each action a
/// hashtable (Text, Type, Value, Style, LinkTarget, IsDisabledOnSelection, IsDisabledOnVisitorMessage),
/// or attachments of this module. An unknown key is an error, not a silent drop.
/// </summary>
internal static class AttachmentInput
{
    private static readonly string[] AttachmentKeys = ["Title", "TitleLinkUrl", "Text", "ImageUrl", "ImageLinkUrl", "LinkTarget", "Actions", "InteractionId", "AttachmentUrl"];
    private static readonly string[] ActionKeys = ["Text", "Type", "Value", "Style", "LinkTarget", "IsDisabledOnSelection", "IsDisabledOnVisitorMessage"];

    /// <exception cref="ArgumentException">An input is not an attachment, or has a key or value 001 does not document.</exception>
    public static IReadOnlyList<MessageAttachment> Read(IEnumerable<object> inputs) => [.. inputs.Select(ReadOne)];

    private static MessageAttachment ReadOne(object input)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        if (value is MessageAttachment attachment)
        {
            return attachment;
        }

        var table = value as IDictionary ?? throw new ArgumentException($"An attachment is a hashtable such as @{{ Title = 'Our opening hours'; TitleLinkUrl = 'https://example.com/hours' }} (got {value?.GetType().Name ?? "nothing"}).");
        var get = Keys(table, AttachmentKeys, "attachment");
        return new MessageAttachment
        {
            Title = Text(get("Title")),
            TitleLinkUrl = Text(get("TitleLinkUrl")),
            Text = Text(get("Text")),
            ImageUrl = Text(get("ImageUrl")),
            ImageLinkUrl = Text(get("ImageLinkUrl")),
            LinkTarget = Text(get("LinkTarget")),
            InteractionId = get("InteractionId") is { } id ? LanguagePrimitives.ConvertTo<Guid>(id) : null,
            AttachmentUrl = Text(get("AttachmentUrl")),
            Actions = get("Actions") is { } actions ? [.. LanguagePrimitives.GetEnumerable(actions)?.Cast<object>().Select(ReadAction) ?? [ReadAction(actions)]] : [],
        };
    }

    private static AttachmentAction ReadAction(object input)
    {
        var value = input is PSObject wrapped ? wrapped.BaseObject : input;
        if (value is AttachmentAction action)
        {
            return action;
        }

        var table = value as IDictionary ?? throw new ArgumentException($"A button is a hashtable such as @{{ Text = 'Yes'; Value = 'yes' }} (got {value?.GetType().Name ?? "nothing"}).");
        var get = Keys(table, ActionKeys, "button");
        return new AttachmentAction
        {
            Text = Text(get("Text")),
            Type = Text(get("Type")) ?? "button",
            Value = Text(get("Value")),
            Style = Text(get("Style")),
            LinkTarget = Text(get("LinkTarget")),
            IsDisabledOnSelection = get("IsDisabledOnSelection") is { } selection && LanguagePrimitives.IsTrue(selection),
            IsDisabledOnVisitorMessage = get("IsDisabledOnVisitorMessage") is { } message && LanguagePrimitives.IsTrue(message),
        };
    }

    private static Func<string, object?> Keys(IDictionary table, string[] known, string what)
    {
        var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
        foreach (DictionaryEntry entry in table)
        {
            var key = entry.Key?.ToString() ?? string.Empty;
            if (!known.Contains(key, StringComparer.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"'{key}' is not a key of a message {what}; use {string.Join(", ", known)}.");
            }

            values[key] = entry.Value is PSObject wrapped ? wrapped.BaseObject : entry.Value;
        }

        return key => values.TryGetValue(key, out var found) ? found : null;
    }

    private static string? Text(object? value) => value?.ToString();
}
