using System.Text.Json;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Messages;

/// <summary>Writes a chat message attachment and its actions with every documented attribute.</summary>
internal static class AttachmentJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
    private static readonly JsonEncodedText TitleLinkUrl = JsonEncodedText.Encode("title_link_url");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
    private static readonly JsonEncodedText ImageUrl = JsonEncodedText.Encode("image_url");
    private static readonly JsonEncodedText ImageLinkUrl = JsonEncodedText.Encode("image_link_url");
    private static readonly JsonEncodedText LinkTarget = JsonEncodedText.Encode("link_target");
    private static readonly JsonEncodedText Actions = JsonEncodedText.Encode("actions");
    private static readonly JsonEncodedText InteractionId = JsonEncodedText.Encode("interaction_id");
    private static readonly JsonEncodedText AttachmentUrl = JsonEncodedText.Encode("attachment_url");
    private static readonly JsonEncodedText Parameters = JsonEncodedText.Encode("parameters");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
    private static readonly JsonEncodedText Style = JsonEncodedText.Encode("style");
    private static readonly JsonEncodedText IsDisabledOnSelection = JsonEncodedText.Encode("is_disabled_on_selection");
    private static readonly JsonEncodedText IsDisabledOnVisitorMessage = JsonEncodedText.Encode("is_disabled_on_visitor_message");

    /// <summary>A generic attachment: the interaction and external attributes are null.</summary>
    public static void Write(Utf8JsonWriter writer, MessageAttachment attachment)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, attachment.Id);
        writer.WriteString(Title, attachment.Title);
        writer.WriteString(TitleLinkUrl, attachment.TitleLinkUrl);
        writer.WriteString(Text, attachment.Text);
        writer.WriteString(ImageUrl, attachment.ImageUrl);
        writer.WriteString(ImageLinkUrl, attachment.ImageLinkUrl);
        writer.WriteString(LinkTarget, attachment.LinkTarget);
        writer.WriteStartArray(Actions);
        foreach (var action in attachment.Actions)
        {
            WriteAction(writer, action);
        }

        writer.WriteEndArray();
        writer.WriteNull(InteractionId);
        writer.WriteNull(AttachmentUrl);
        writer.WriteNull(Parameters);
        writer.WriteEndObject();
    }

    /// <summary>An action; <c>link_target</c> is omitted unless it is a <c>link_button</c>, as documented.</summary>
    public static void WriteAction(Utf8JsonWriter writer, AttachmentAction action)
    {
        writer.WriteStartObject();
        writer.WriteString(Id, action.Id);
        writer.WriteString(Text, action.Text);
        writer.WriteString(Type, action.Type);
        if (action.LinkTarget is { } target)
        {
            writer.WriteString(LinkTarget, target);
        }

        writer.WriteString(Value, action.Value);
        writer.WriteString(Style, action.Style);
        writer.WriteBoolean(IsDisabledOnSelection, action.IsDisabledOnSelection);
        writer.WriteBoolean(IsDisabledOnVisitorMessage, action.IsDisabledOnVisitorMessage);
        writer.WriteEndObject();
    }

    /// <summary>Writes the named attachment object, or null.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, JsonEncodedText name, MessageAttachment? attachment)
    {
        writer.WritePropertyName(name);
        if (attachment is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Write(writer, attachment);
        }
    }

    /// <summary>Writes the named action object, or null.</summary>
    public static void WriteOrNull(Utf8JsonWriter writer, JsonEncodedText name, AttachmentAction? action)
    {
        writer.WritePropertyName(name);
        if (action is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            WriteAction(writer, action);
        }
    }
}
