using System.Text.Json.Serialization;

namespace Giosg.Client.Chats;

/// <summary>
/// A chat conversation, with every attribute of the Chats API v5 (001, "Chats"). Times are in
/// UTC. <see cref="Scope"/> and <see cref="UserId"/> record which endpoint family the chat was
/// read from, so commands that act on it later call the matching endpoints.
/// The older chat API (004) names some attributes differently (<c>start_time</c>, <c>end_time</c>,
/// <c>is_waiting_response</c>) and has no <c>is_ended</c>; those names are read as fallbacks, so a
/// chat in either shape has the right <see cref="CreatedAt"/>, <see cref="EndedAt"/>,
/// <see cref="IsEnded"/> and <see cref="IsWaiting"/> (docs/api-assumptions.md, A6).
/// </summary>
public sealed record Chat
{
    /// <summary>Unique identifier for the chat.</summary>
    public Guid Id { get; init; }

    // 001's attributes; 004's stand in only where 001's are absent (each shape lacks the other's names).
    private DateTimeOffset _createdAt;
    private DateTimeOffset? _endedAt;
    private bool _isEnded;
    private bool _isWaiting;
    private bool _hasMessages;
    private bool _hasUserMessages;
    private bool _hasVisitorMessages;

    /// <summary>When the conversation started (<c>created_at</c>; 004: <c>start_time</c>).</summary>
    public DateTimeOffset CreatedAt { get => _createdAt == default && StartTime is { } started ? started : _createdAt; init => _createdAt = value; }

    /// <summary>When the conversation was last updated; housekeeping measures idleness from it.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When the chat became waiting; null if it never did.</summary>
    public DateTimeOffset? WaitingStartedAt { get; init; }

    /// <summary>Whether the chat has ended. Ending is permanent. 004 has no <c>is_ended</c>: there a chat with an <c>end_time</c> has ended.</summary>
    public bool IsEnded { get => _isEnded || EndTime is not null; init => _isEnded = value; }

    /// <summary>When the conversation ended, or null (<c>ended_at</c>; 004: <c>end_time</c>).</summary>
    public DateTimeOffset? EndedAt { get => _endedAt ?? EndTime; init => _endedAt = value; }

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

    /// <summary>Whether the chat has any messages (004 has no <c>has_*messages</c>: there a message count above zero says so).</summary>
    public bool HasMessages { get => _hasMessages || MessageCount > 0; init => _hasMessages = value; }

    /// <summary>Whether the chat has operator messages.</summary>
    public bool HasUserMessages { get => _hasUserMessages || UserMessageCount > 0; init => _hasUserMessages = value; }

    /// <summary>Whether the chat has visitor messages.</summary>
    public bool HasVisitorMessages { get => _hasVisitorMessages || VisitorMessageCount > 0; init => _hasVisitorMessages = value; }

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

    /// <summary>Whether a visitor-started chat awaits a user's answer (<c>is_waiting</c>; 004: <c>is_waiting_response</c>).</summary>
    public bool IsWaiting { get => IsWaitingResponse ?? _isWaiting; init => _isWaiting = value; }

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

    /// <summary>004 only: users present in the chat now (<c>currently_present_user_count</c>); null in 001's shape.</summary>
    public int? CurrentlyPresentUserCount { get; init; }

    /// <summary>004 only: participants, visitor and users (<c>participation_count</c>); null in 001's shape.</summary>
    public int? ParticipationCount { get; init; }

    /// <summary>004 only: participating users (<c>user_participation_count</c>); null in 001's shape.</summary>
    public int? UserParticipationCount { get; init; }

    /// <summary>004 only: participating visitors (<c>visitor_participation_count</c>); null in 001's shape.</summary>
    public int? VisitorParticipationCount { get; init; }

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

    /// <summary>004's <c>start_time</c>: read only as the fallback of <see cref="CreatedAt"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("start_time")]
    internal DateTimeOffset? StartTime { get; set; }

    /// <summary>004's <c>end_time</c>: read only as the fallback of <see cref="EndedAt"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("end_time")]
    internal DateTimeOffset? EndTime { get; set; }

    /// <summary>004's <c>is_waiting_response</c>: read only as the fallback of <see cref="IsWaiting"/>.</summary>
    [JsonInclude]
    [JsonPropertyName("is_waiting_response")]
    internal bool? IsWaitingResponse { get; set; }
}
