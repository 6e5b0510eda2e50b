using System.Text;
using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Visitors;

/// <summary>
/// Writes a visitor variable with the attributes Giosg's public TypeScript types list (000 names none):
/// key, value, the ids of visitor, room, chat, session and organization, signing, encryption, times.
/// In an encrypted chat the value is encrypted too, and null when the server has lost the chat's key.
/// </summary>
internal static class VisitorVariableJson
{
    private const ulong SessionSalt = 0x5E55;

    public static void Write(Utf8JsonWriter writer, SimChat chat, VisitorVariable variable, bool keyLost)
    {
        var utc = chat.Facts.Has(ChatTraits.UtcDesignator);
        var encrypted = chat.Facts.Has(ChatTraits.Encrypted);
        writer.WriteStartObject();
        writer.WriteString("key", variable.Key);
        writer.WriteStringOrNull(JsonEncodedText.Encode("value"), keyLost ? null : variable.Value);
        writer.WriteString("visitor_id", chat.VisitorId);
        writer.WriteString("room_id", chat.RoomId);
        writer.WriteString("chat_id", chat.Id);
        writer.WriteString("session_id", DerivedText.Id(chat.Id, SessionSalt).ToString("N"));
        writer.WriteString("organization_id", chat.RoomOrganizationId);
        writer.WriteBoolean("is_signed", variable.Key == "customer_number");
        writer.WriteBoolean("is_encrypted", encrypted);
        writer.WriteStringOrNull(JsonEncodedText.Encode("encrypted_value"), encrypted ? DerivedText.Ciphertext(NameHash.Id(variable.Key), Encoding.UTF8.GetByteCount(variable.Value)) : null);
        if (encrypted)
        {
            Span<byte> key = stackalloc byte[DerivedText.SymmetricKeyLength];
            writer.WriteString("encrypted_symmetric_key", DerivedText.SymmetricKey(chat.Id, key));
        }
        else
        {
            writer.WriteNull("encrypted_symmetric_key");
        }

        writer.WriteDateTime(JsonEncodedText.Encode("created_at"), variable.CreatedTicks, utc);
        writer.WriteDateTime(JsonEncodedText.Encode("updated_at"), variable.UpdatedTicks, utc);
        writer.WriteEndObject();
    }
}
