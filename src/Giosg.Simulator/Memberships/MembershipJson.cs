using System.Text.Json;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Data;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Memberships;

/// <summary>
/// Writes the chat membership object with every documented attribute, deprecated <c>legacy_member_id</c>
/// included. Participation and presence come from the chat's current state, so they agree with the
/// chat's <c>present_*</c> counts even after a client ended it.
/// </summary>
internal static class MembershipJson
{
    private static readonly JsonEncodedText MemberId = JsonEncodedText.Encode("member_id");
    private static readonly JsonEncodedText MemberType = JsonEncodedText.Encode("member_type");
    private static readonly JsonEncodedText MemberName = JsonEncodedText.Encode("member_name");
    private static readonly JsonEncodedText MemberPublicName = JsonEncodedText.Encode("member_public_name");
    private static readonly JsonEncodedText MemberAvatar = JsonEncodedText.Encode("member_avatar");
    private static readonly JsonEncodedText MemberOrganizationId = JsonEncodedText.Encode("member_organization_id");
    private static readonly JsonEncodedText RoomId = JsonEncodedText.Encode("room_id");
    private static readonly JsonEncodedText RoomOrganizationId = JsonEncodedText.Encode("room_organization_id");
    private static readonly JsonEncodedText ChatId = JsonEncodedText.Encode("chat_id");
    private static readonly JsonEncodedText CreatedAt = JsonEncodedText.Encode("created_at");
    private static readonly JsonEncodedText LastSeenAt = JsonEncodedText.Encode("last_seen_at");
    private static readonly JsonEncodedText UpdatedAt = JsonEncodedText.Encode("updated_at");
    private static readonly JsonEncodedText ChatCreatedAt = JsonEncodedText.Encode("chat_created_at");
    private static readonly JsonEncodedText MessageCount = JsonEncodedText.Encode("message_count");
    private static readonly JsonEncodedText IsBot = JsonEncodedText.Encode("is_bot");
    private static readonly JsonEncodedText IsUserDeleted = JsonEncodedText.Encode("is_user_deleted");
    private static readonly JsonEncodedText IsParticipating = JsonEncodedText.Encode("is_participating");
    private static readonly JsonEncodedText IsPresent = JsonEncodedText.Encode("is_present");
    private static readonly JsonEncodedText ComposingStatus = JsonEncodedText.Encode("composing_status");
    private static readonly JsonEncodedText LegacyMemberId = JsonEncodedText.Encode("legacy_member_id");

    /// <param name="writer">Where to write.</param>
    /// <param name="conversation">The chat's conversation.</param>
    /// <param name="member">The member.</param>
    /// <param name="state">The chat's current lifecycle, read once for the whole page.</param>
    public static void Write(Utf8JsonWriter writer, Conversation conversation, ChatMember member, ChatLifecycle state)
    {
        var chat = conversation.Chat;
        var utc = conversation.UtcDesignator;
        var (participating, present) = member.Speaker switch
        {
            Speaker.Visitor => (Presence.VisitorPresent, Presence.VisitorPresent),
            Speaker.FirstUser => (Presence.FirstUserParticipating, Presence.FirstUserPresent),
            _ => (Presence.SecondUserParticipating, Presence.SecondUserPresent),
        };
        var isParticipating = member.Participating is { } set ? set && !state.IsEnded : state.Presence.HasFlag(participating);
        var isPresent = member.Participating is null ? state.Presence.HasFlag(present) : isParticipating;

        // Ending the chat after it was seeded changed every membership then.
        var endedSinceSeeding = state.IsEnded && !chat.SeededLifecycle.IsEnded ? state.EndedTicks : 0;
        var updated = Math.Max(Math.Max(member.LastSeenTicks, member.LeftTicks), endedSinceSeeding);

        writer.WriteStartObject();
        if (member.User is { } user)
        {
            writer.WriteString(MemberId, user.Id);
            writer.WriteString(MemberType, "user");
            writer.WriteString(MemberName, user.Name);
            writer.WriteString(MemberPublicName, user.PublicName);
            AvatarJson.Write(writer, MemberAvatar, user);
            writer.WriteString(MemberOrganizationId, user.OrganizationId);
        }
        else
        {
            writer.WriteString(MemberId, conversation.VisitorId);
            writer.WriteString(MemberType, "visitor");
            writer.WriteStringOrNull(MemberName, conversation.Visitor?.Name);
            writer.WriteStringOrNull(MemberPublicName, conversation.Visitor?.Name);
            writer.WriteNull(MemberAvatar);
            writer.WriteNull(MemberOrganizationId);
        }

        writer.WriteString(RoomId, chat.RoomId);
        writer.WriteString(RoomOrganizationId, chat.RoomOrganizationId);
        writer.WriteString(ChatId, chat.Id);
        writer.WriteDateTime(CreatedAt, member.JoinedTicks, utc);
        writer.WriteDateTime(LastSeenAt, member.LastSeenTicks, utc);
        writer.WriteDateTime(UpdatedAt, updated, utc);
        writer.WriteDateTime(ChatCreatedAt, chat.CreatedTicks, utc);
        writer.WriteNumber(MessageCount, member.MessageCount);
        writer.WriteBoolean(IsBot, false);
        writer.WriteBoolean(IsUserDeleted, false);
        writer.WriteBoolean(IsParticipating, isParticipating);
        writer.WriteBoolean(IsPresent, isPresent);
        writer.WriteString(ComposingStatus, isPresent ? member.ComposingWhilePresent : "idle");
        writer.WriteString(LegacyMemberId, member.User?.LegacyId ?? conversation.VisitorId);
        writer.WriteEndObject();
    }
}
