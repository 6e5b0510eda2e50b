using System.Text.Json.Serialization;

namespace Giosg.Client.Chats;

/// <summary>
/// A chat conversation, with every attribute of the Chats API v5 (001, "Chats"). Times are in
/// UTC. <see cref="Scope"/> and <see cref="UserId"/> record which endpoint family the chat was
/// read from, so commands that act on it later call the matching endpoints.
/// </summary>
public sealed record Chat
{
    /// <summary>Unique identifier for the chat.</summary>
    public Guid Id { get; init; }

    /// <summary>When the conversation started.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the conversation was last updated; housekeeping measures idleness from it.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the chat became waiting; null if it never did.</summary>
    public DateTimeOffset? WaitingStartedAt { get; init; }

    /// <summary>Whether the chat has ended. Ending is permanent.</summary>
    public bool IsEnded { get; init; }

    /// <summary>When the conversation ended, or null.</summary>
    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>The room in which the chat occurred.</summary>
    public Guid RoomId { get; init; }

    /// <summary>The room's name.</summary>
    public string? RoomName { get; init; }

    /// <summary>The organization that owns the room.</summary>
    public Guid RoomOrganizationId { get; init; }

    /// <summary><c>visitor</c>, <c>external</c>, <c>operator</c>, <c>group</c> or <c>task</c>. External chats never end by themselves.</summary>
    public string? ChatType { get; init; }

    /// <summary>Whether the chat is marked private for its operators.</summary>
    public bool IsPrivate { get; init; }

    /// <summary>Whether the chat is an actual conversation.</summary>
    public bool IsRealConversation { get; init; }

    /// <summary>Whether the chat started with an automatic autosuggestion.</summary>
    public bool IsAutosuggested { get; init; }

    /// <summary>Whether the chat's messages are stored encrypted.</summary>
    public bool IsEncrypted { get; init; }

    /// <summary>The AES key of an encrypted chat, itself encrypted; null otherwise.</summary>
    public string? EncryptedSymmetricKey { get; init; }

    /// <summary>Messages of type <c>msg</c> in the chat.</summary>
    public int MessageCount { get; init; }

    /// <summary>Messages by operators.</summary>
    public int UserMessageCount { get; init; }

    /// <summary>Messages by visitors.</summary>
    public int VisitorMessageCount { get; init; }

    /// <summary>Whether the chat has any messages.</summary>
    public bool HasMessages { get; init; }

    /// <summary>Whether the chat has operator messages.</summary>
    public bool HasUserMessages { get; init; }

    /// <summary>Whether the chat has visitor messages.</summary>
    public bool HasVisitorMessages { get; init; }

    /// <summary>The page the visitor was on at their first message.</summary>
    public string? FirstVisitorMessageUrl { get; init; }

    /// <summary>That page's title.</summary>
    public string? FirstVisitorMessageUrlTitle { get; init; }

    /// <summary>The page the visitor was on when autosuggested.</summary>
    public string? AutosuggestUrl { get; init; }

    /// <summary>That page's title.</summary>
    public string? AutosuggestUrlTitle { get; init; }

    /// <summary>How many tags the chat has.</summary>
    public int TagCount { get; init; }

    /// <summary>Whether a visitor-started chat awaits a user's answer.</summary>
    public bool IsWaiting { get; init; }

    /// <summary>Waiting with no present user.</summary>
    public bool IsPending { get; init; }

    /// <summary>People (visitor and users) who attended or wrote.</summary>
    public int MemberCount { get; init; }

    /// <summary>Users who sent at least one message.</summary>
    public int UserMemberCount { get; init; }

    /// <summary>Visitors who attended.</summary>
    public int VisitorMemberCount { get; init; }

    /// <summary>People present and participating now.</summary>
    public int PresentParticipantCount { get; init; }

    /// <summary>Users present and participating now.</summary>
    public int PresentUserParticipantCount { get; init; }

    /// <summary>Visitors present and participating now.</summary>
    public int PresentVisitorParticipantCount { get; init; }

    /// <summary>Seconds the visitor waited for a first answer; null if unanswered.</summary>
    public double? VisitorWaitTime { get; init; }

    /// <summary>Seconds from first to last message; null until the chat ends.</summary>
    public double? Duration { get; init; }

    /// <summary>Seconds of <see cref="Duration"/> that were active; null until the chat ends.</summary>
    public double? ActiveDuration { get; init; }

    /// <summary>Deprecated legacy chat token (not the API token).</summary>
    [JsonPropertyName("token")]
    public string? LegacyToken { get; init; }

    /// <summary>Deprecated legacy conversation state.</summary>
    public string? LegacyConversationState { get; init; }

    /// <summary>Deprecated legacy room id.</summary>
    public string? LegacyRoomId { get; init; }

    /// <summary>The endpoint family the chat was read from.</summary>
    [JsonIgnore]
    public ChatScope Scope { get; internal set; }

    /// <summary>The user whose endpoints the chat was read from, for <see cref="ChatScope.User"/>.</summary>
    [JsonIgnore]
    public Guid? UserId { get; internal set; }

}
