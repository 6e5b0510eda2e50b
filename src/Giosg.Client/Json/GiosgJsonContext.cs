using System.Text.Json.Serialization;
using Giosg.Client.Chats;
using Giosg.Client.ConversationStarters;
using Giosg.Client.Memberships;
using Giosg.Client.Messages;
using Giosg.Client.Paging;
using Giosg.Client.ReplySuggestions;
using Giosg.Client.Reporting;
using Giosg.Client.Tags;
using Giosg.Client.Visitors;

namespace Giosg.Client.Json;

/// <summary>
/// Source-generated serialization for every type the client reads or writes: no reflection on
/// the hot path, and snake_case names from one policy instead of an attribute per property.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(UtcDefaultDateTimeOffsetConverter)])]
[JsonSerializable(typeof(ApiPage<Chat>))]
[JsonSerializable(typeof(ApiPage<LegacyChat>))]
[JsonSerializable(typeof(Chat))]
[JsonSerializable(typeof(ChatStateChange))]
[JsonSerializable(typeof(ApiPage<ChatMessage>))]
[JsonSerializable(typeof(ApiPage<ChatTag>))]
[JsonSerializable(typeof(ChatTag))]
[JsonSerializable(typeof(TagName))]
[JsonSerializable(typeof(ApiPage<ChatMembership>))]
[JsonSerializable(typeof(ChatMembership))]
[JsonSerializable(typeof(MembershipBody))]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(ChatMessageDraft))]
[JsonSerializable(typeof(ApiPage<VisitorVariable>))]
[JsonSerializable(typeof(ReportingQuery))]
[JsonSerializable(typeof(ReportingResponse))]
[JsonSerializable(typeof(ApiPage<System.Text.Json.JsonElement>))]
[JsonSerializable(typeof(LegacyChat))]
[JsonSerializable(typeof(List<string>))]
[JsonSerializable(typeof(Giosg.Client.Export.ExportState))]
[JsonSerializable(typeof(Giosg.Client.Export.ExportChatKey))]
[JsonSerializable(typeof(ChatStartBody))]
[JsonSerializable(typeof(ApiPage<ConversationStarter>))]
[JsonSerializable(typeof(ConversationStarter))]
[JsonSerializable(typeof(ConversationStarterBody))]
[JsonSerializable(typeof(ApiPage<ChatReplySuggestion>))]
[JsonSerializable(typeof(ChatReplySuggestion))]
[JsonSerializable(typeof(ReplySuggestionBody))]
[JsonSerializable(typeof(ApiPage<Presences.ChatPresence>))]
[JsonSerializable(typeof(Presences.ChatPresence))]
[JsonSerializable(typeof(Presences.PresenceRequest))]
[JsonSerializable(typeof(ApiPage<Presences.ChatParticipation>))]
[JsonSerializable(typeof(ApiPage<Invitations.ChatInvitation>))]
[JsonSerializable(typeof(Invitations.ChatInvitation))]
[JsonSerializable(typeof(Invitations.InvitationRequest))]
[JsonSerializable(typeof(Invitations.InvitationUpdate))]
internal sealed partial class GiosgJsonContext : JsonSerializerContext
{
}
