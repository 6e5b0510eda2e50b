using System.Text.Json;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Messages;

/// <summary>
/// Writes the v5 chat message object with every documented attribute. <c>encrypted_message</c> is present
/// only on encrypted messages, as documented; everything else is always present, null when not set.
/// </summary>
internal static class MessageJson
{
    private const ulong AutosuggestRuleSalt = 0xA5A5;

    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Type = JsonEncodedText.Encode("type");
    private static readonly JsonEncodedText ChatId = JsonEncodedText.Encode("chat_id");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText SenderType = JsonEncodedText.Encode("sender_type");
    private static readonly JsonEncodedText SenderId = JsonEncodedText.Encode("sender_id");
    private static readonly JsonEncodedText SenderPublicName = JsonEncodedText.Encode("sender_public_name");
    private static readonly JsonEncodedText SenderName = JsonEncodedText.Encode("sender_name");
    private static readonly JsonEncodedText SenderAvatar = JsonEncodedText.Encode("sender_avatar");
    private static readonly JsonEncodedText Message = JsonEncodedText.Encode("message");
    private static readonly JsonEncodedText IsEncrypted = JsonEncodedText.Encode("is_encrypted");
    private static readonly JsonEncodedText EncryptedMessage = JsonEncodedText.Encode("encrypted_message");
    private static readonly JsonEncodedText SensitiveDataPurgedAt = JsonEncodedText.Encode("sensitive_data_purged_at");
    private static readonly JsonEncodedText SelectedReplySuggestionId = JsonEncodedText.Encode("selected_reply_suggestion_id");
    private static readonly JsonEncodedText SelectedReplySuggestion = JsonEncodedText.Encode("selected_reply_suggestion");
    private static readonly JsonEncodedText Attachments = JsonEncodedText.Encode("attachments");
    private static readonly JsonEncodedText AttachmentTemplate = JsonEncodedText.Encode("attachment_template");
    private static readonly JsonEncodedText ResponseToMessageId = JsonEncodedText.Encode("response_to_message_id");
    private static readonly JsonEncodedText ResponseToAttachmentId = JsonEncodedText.Encode("response_to_attachment_id");
    private static readonly JsonEncodedText ResponseToAttachment = JsonEncodedText.Encode("response_to_attachment");
    private static readonly JsonEncodedText ResponseToActionId = JsonEncodedText.Encode("response_to_action_id");
    private static readonly JsonEncodedText ResponseToAction = JsonEncodedText.Encode("response_to_action");
    private static readonly JsonEncodedText ResponseValue = JsonEncodedText.Encode("response_value");
    private static readonly JsonEncodedText ResponseText = JsonEncodedText.Encode("response_text");

    public static void Write(Utf8JsonWriter writer, Conversation conversation, SimMessage message)
    {
        var chat = conversation.Chat;
        var utc = conversation.UtcDesignator;

        writer.WriteStartObject();
        writer.WriteString(Id, message.Id);
        writer.WriteString(Type, message.Type.WireName());
        writer.WriteString(ChatId, chat.Id);
        writer.WriteString(RoomId, chat.RoomId);
        writer.WriteDateTime(CreatedAt, message.CreatedTicks, utc);
        WriteSender(writer, conversation, message);
        writer.WriteStringOrNull(Message, message.Text);
        writer.WriteBoolean(IsEncrypted, message.EncryptedText is not null);
        if (message.EncryptedText is { } ciphertext)
        {
            writer.WriteString(EncryptedMessage, ciphertext);
        }

        // Purges, reply suggestions and attachments are not simulated: documented, so present, but empty.
        foreach (var name in (ReadOnlySpan<JsonEncodedText>)[SensitiveDataPurgedAt, SelectedReplySuggestionId, SelectedReplySuggestion, ResponseToMessageId, ResponseToAttachmentId, ResponseToAttachment, ResponseToActionId, ResponseToAction, ResponseValue, ResponseText])
        {
            writer.WriteNull(name);
        }

        writer.WriteStringOrNull(AttachmentTemplate, message.AttachmentTemplate);
        if (message.AttachmentsJson is { } sent)
        {
            // Echoed as sent; the ids the API would add are not simulated.
            writer.WritePropertyName(Attachments);
            writer.WriteRawValue(sent, skipInputValidation: true);
        }
        else
        {
            writer.WriteStartArray(Attachments);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteSender(Utf8JsonWriter writer, Conversation conversation, SimMessage message)
    {
        switch (message.Speaker)
        {
            case Speaker.Visitor:
                var name = conversation.Visitor?.Name;
                writer.WriteString(SenderType, "visitor");
                writer.WriteString(SenderId, conversation.VisitorId);
                writer.WriteStringOrNull(SenderPublicName, name);
                writer.WriteStringOrNull(SenderName, name);
                writer.WriteNull(SenderAvatar);
                break;
            case Speaker.Rule:
                var room = conversation.Chat.Room;
                writer.WriteString(SenderType, "rule");
                writer.WriteString(SenderId, DerivedText.Id(room.Id, AutosuggestRuleSalt));
                writer.WriteString(SenderPublicName, room.Name);
                writer.WriteString(SenderName, "Welcome autosuggest");
                writer.WriteNull(SenderAvatar);
                break;
            default:
                var user = message.User!;
                writer.WriteString(SenderType, "user");
                writer.WriteString(SenderId, user.Id);
                writer.WriteString(SenderPublicName, user.PublicName);
                writer.WriteString(SenderName, user.Name);
                AvatarJson.Write(writer, SenderAvatar, user);
                break;
        }
    }
}
