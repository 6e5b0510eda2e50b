using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>
/// Writes a chat in the older chat API's shape (004, room and user chats): <c>start_time</c>, <c>end_time</c>,
/// <c>is_waiting_response</c> and the participation counts; no <c>created_at</c>, <c>is_ended</c> or <c>chat_type</c>.
/// </summary>
internal static class OlderChatJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText StartTime = JsonEncodedText.Encode("start_time");
    private static readonly JsonEncodedText EndTime = JsonEncodedText.Encode("end_time");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");
    private static readonly JsonEncodedText IsPrivate = JsonEncodedText.Encode("is_private");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");
    private static readonly JsonEncodedText MessageCount = JsonEncodedText.Encode("message_count");
    private static readonly JsonEncodedText UserMessageCount = JsonEncodedText.Encode("user_message_count");
    private static readonly JsonEncodedText VisitorMessageCount = JsonEncodedText.Encode("visitor_message_count");
    private static readonly JsonEncodedText TagCount = JsonEncodedText.Encode("tag_count");
    private static readonly JsonEncodedText IsWaitingResponse = JsonEncodedText.Encode("is_waiting_response");
    private static readonly JsonEncodedText CurrentlyPresent = JsonEncodedText.Encode("currently_present_user_count");
    private static readonly JsonEncodedText Participations = JsonEncodedText.Encode("participation_count");
    private static readonly JsonEncodedText UserParticipations = JsonEncodedText.Encode("user_participation_count");
    private static readonly JsonEncodedText VisitorParticipations = JsonEncodedText.Encode("visitor_participation_count");

    public static void Write(Utf8JsonWriter writer, SimChat chat)
    {
        ref readonly var facts = ref chat.Facts;
        var state = chat.Lifecycle;
        var utc = facts.Has(ChatTraits.UtcDesignator);
        var visitors = facts.HasVisitor ? 1 : 0;
        writer.WriteStartObject();
        writer.WriteString(Id, facts.Id);
        writer.WriteDateTime(StartTime, facts.CreatedTicks, utc);
        writer.WriteDateTimeOrNull(EndTime, state.EndedTicks, utc);
        writer.WriteDateTime(UpdatedAt, state.UpdatedTicks, utc);
        writer.WriteBoolean(IsPrivate, facts.Has(ChatTraits.Private));
        writer.WriteString(RoomId, facts.Room.Id);
        writer.WriteNumber(MessageCount, facts.MessageCount);
        writer.WriteNumber(UserMessageCount, facts.UserMessageCount);
        writer.WriteNumber(VisitorMessageCount, facts.VisitorMessageCount);
        writer.WriteNumber(TagCount, chat.TagCount);
        writer.WriteBoolean(IsWaitingResponse, state.IsWaiting);
        writer.WriteNumber(CurrentlyPresent, state.PresentUserCount);
        writer.WriteNumber(Participations, facts.UserMemberCount + visitors);
        writer.WriteNumber(UserParticipations, facts.UserMemberCount);
        writer.WriteNumber(VisitorParticipations, visitors);
        writer.WriteEndObject();
    }
}
