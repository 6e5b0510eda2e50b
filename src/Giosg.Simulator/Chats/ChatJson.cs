using System.Text.Json;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Chats;

/// <summary>Writes the v5 chat object: every documented attribute, deprecated ones included, in snake_case.</summary>
internal static class ChatJson
{
    private static readonly JsonEncodedText Id = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText Token = JsonEncodedText.Encode("token");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText EndedAt = JsonEncodedText.Encode("ended_at");
    private static readonly JsonEncodedText WaitingStartedAt = JsonEncodedText.Encode("waiting_started_at");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");
    private static readonly JsonEncodedText IsEnded = JsonEncodedText.Encode("is_ended");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");
    private static readonly JsonEncodedText RoomName = JsonEncodedText.Encode("room_name");
    private static readonly JsonEncodedText RoomOrganizationId = JsonEncodedText.Encode("room_organization_id");
    private static readonly JsonEncodedText ChatType = JsonEncodedText.Encode("chat_type");
    private static readonly JsonEncodedText IsPrivate = JsonEncodedText.Encode("is_private");
    private static readonly JsonEncodedText IsRealConversation = JsonEncodedText.Encode("is_real_conversation");
    private static readonly JsonEncodedText IsAutosuggested = JsonEncodedText.Encode("is_autosuggested");
    private static readonly JsonEncodedText IsEncrypted = JsonEncodedText.Encode("is_encrypted");
    private static readonly JsonEncodedText EncryptedSymmetricKey = JsonEncodedText.Encode("encrypted_symmetric_key");
    private static readonly JsonEncodedText MessageCount = JsonEncodedText.Encode("message_count");
    private static readonly JsonEncodedText UserMessageCount = JsonEncodedText.Encode("user_message_count");
    private static readonly JsonEncodedText VisitorMessageCount = JsonEncodedText.Encode("visitor_message_count");
    private static readonly JsonEncodedText HasMessages = JsonEncodedText.Encode("has_messages");
    private static readonly JsonEncodedText HasUserMessages = JsonEncodedText.Encode("has_user_messages");
    private static readonly JsonEncodedText HasVisitorMessages = JsonEncodedText.Encode("has_visitor_messages");
    private static readonly JsonEncodedText FirstVisitorMessageUrl = JsonEncodedText.Encode("first_visitor_message_url");
    private static readonly JsonEncodedText FirstVisitorMessageUrlTitle = JsonEncodedText.Encode("first_visitor_message_url_title");
    private static readonly JsonEncodedText AutosuggestUrl = JsonEncodedText.Encode("autosuggest_url");
    private static readonly JsonEncodedText AutosuggestUrlTitle = JsonEncodedText.Encode("autosuggest_url_title");
    private static readonly JsonEncodedText TagCount = JsonEncodedText.Encode("tag_count");
    private static readonly JsonEncodedText IsWaiting = JsonEncodedText.Encode("is_waiting");
    private static readonly JsonEncodedText IsPending = JsonEncodedText.Encode("is_pending");
    private static readonly JsonEncodedText MemberCount = JsonEncodedText.Encode("member_count");
    private static readonly JsonEncodedText UserMemberCount = JsonEncodedText.Encode("user_member_count");
    private static readonly JsonEncodedText VisitorMemberCount = JsonEncodedText.Encode("visitor_member_count");
    private static readonly JsonEncodedText PresentParticipantCount = JsonEncodedText.Encode("present_participant_count");
    private static readonly JsonEncodedText PresentUserParticipantCount = JsonEncodedText.Encode("present_user_participant_count");
    private static readonly JsonEncodedText PresentVisitorParticipantCount = JsonEncodedText.Encode("present_visitor_participant_count");
    private static readonly JsonEncodedText VisitorWaitTime = JsonEncodedText.Encode("visitor_wait_time");
    private static readonly JsonEncodedText Duration = JsonEncodedText.Encode("duration");
    private static readonly JsonEncodedText ActiveDuration = JsonEncodedText.Encode("active_duration");
    private static readonly JsonEncodedText LegacyConversationState = JsonEncodedText.Encode("legacy_conversation_state");
    private static readonly JsonEncodedText LegacyRoomId = JsonEncodedText.Encode("legacy_room_id");

    public static void Write(Utf8JsonWriter writer, SimChat chat)
    {
        ref readonly var facts = ref chat.Facts;
        var state = chat.Lifecycle;
        var utc = facts.Has(ChatTraits.UtcDesignator);
        var visitorPage = facts.FirstVisitorMessagePage;
        var autosuggestPage = facts.AutosuggestPage;
        var visitorMembers = facts.HasVisitor ? 1 : 0;
        Span<byte> derived = stackalloc byte[DerivedText.SymmetricKeyLength];

        writer.WriteStartObject();
        writer.WriteString(Id, facts.Id);
        writer.WriteString(Token, DerivedText.LegacyToken(facts.Id, derived));
        writer.WriteDateTime(CreatedAt, facts.CreatedTicks, utc);
        writer.WriteDateTimeOrNull(EndedAt, state.EndedTicks, utc);
        writer.WriteDateTimeOrNull(WaitingStartedAt, facts.WaitingStartedTicks, utc);
        writer.WriteDateTime(UpdatedAt, state.UpdatedTicks, utc);
        writer.WriteBoolean(IsEnded, state.IsEnded);
        writer.WriteString(RoomId, facts.Room.Id);
        writer.WriteString(RoomName, facts.Room.Name);
        writer.WriteString(RoomOrganizationId, facts.Room.OrganizationId);
        writer.WriteString(ChatType, facts.Kind.WireName());
        writer.WriteBoolean(IsPrivate, facts.Has(ChatTraits.Private));
        writer.WriteBoolean(IsRealConversation, facts.IsRealConversation);
        writer.WriteBoolean(IsAutosuggested, facts.Has(ChatTraits.Autosuggested));
        writer.WriteBoolean(IsEncrypted, facts.Has(ChatTraits.Encrypted));
        if (facts.Has(ChatTraits.Encrypted))
        {
            writer.WriteString(EncryptedSymmetricKey, DerivedText.SymmetricKey(facts.Id, derived));
        }
        else
        {
            writer.WriteNull(EncryptedSymmetricKey);
        }

        writer.WriteNumber(MessageCount, facts.MessageCount);
        writer.WriteNumber(UserMessageCount, facts.UserMessageCount);
        writer.WriteNumber(VisitorMessageCount, facts.VisitorMessageCount);
        writer.WriteBoolean(HasMessages, facts.MessageCount > 0);
        writer.WriteBoolean(HasUserMessages, facts.UserMessageCount > 0);
        writer.WriteBoolean(HasVisitorMessages, facts.VisitorMessageCount > 0);
        writer.WriteStringOrNull(FirstVisitorMessageUrl, visitorPage?.Url);
        writer.WriteStringOrNull(FirstVisitorMessageUrlTitle, visitorPage?.Title);
        writer.WriteStringOrNull(AutosuggestUrl, autosuggestPage?.Url);
        writer.WriteStringOrNull(AutosuggestUrlTitle, autosuggestPage?.Title);
        writer.WriteNumber(TagCount, chat.TagCount);
        writer.WriteBoolean(IsWaiting, state.IsWaiting);
        writer.WriteBoolean(IsPending, state.IsPending);
        writer.WriteNumber(MemberCount, facts.UserMemberCount + visitorMembers);
        writer.WriteNumber(UserMemberCount, facts.UserMemberCount);
        writer.WriteNumber(VisitorMemberCount, visitorMembers);
        writer.WriteNumber(PresentParticipantCount, state.PresentUserCount + state.PresentVisitorCount);
        writer.WriteNumber(PresentUserParticipantCount, state.PresentUserCount);
        writer.WriteNumber(PresentVisitorParticipantCount, state.PresentVisitorCount);
        writer.WriteSecondsOrNull(VisitorWaitTime, facts.VisitorWaitSeconds);

        // Both durations stay null until the chat has ended, as documented.
        writer.WriteSecondsOrNull(Duration, state.IsEnded ? facts.DurationSeconds : float.NaN);
        writer.WriteSecondsOrNull(ActiveDuration, state.IsEnded ? facts.ActiveDurationSeconds : float.NaN);
        writer.WriteString(LegacyConversationState, state.IsEnded ? "ended" : state.IsWaiting ? "waiting" : "open");
        writer.WriteString(LegacyRoomId, facts.Room.LegacyId);
        writer.WriteEndObject();
    }
}
