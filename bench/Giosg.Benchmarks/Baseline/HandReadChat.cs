using System.Text.Json;

namespace Giosg.Benchmarks.Baseline;

/// <summary>
/// A chat read by hand from a JsonElement: the fields a housekeeping script and the default table
/// view use, typed, with the dates parsed. The baseline's DTO for the micro benchmarks.
/// </summary>
internal sealed record HandReadChat
{
    public Guid Id { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public bool IsEnded { get; init; }

    public bool IsWaiting { get; init; }

    public Guid RoomId { get; init; }

    public string? RoomName { get; init; }

    public Guid RoomOrganizationId { get; init; }

    public string? ChatType { get; init; }

    public int MessageCount { get; init; }

    public int UserMessageCount { get; init; }

    public int VisitorMessageCount { get; init; }

    public int TagCount { get; init; }

    public int MemberCount { get; init; }

    public double? Duration { get; init; }

    public static HandReadChat From(JsonElement chat) => new()
    {
        Id = chat.GetProperty("id").GetGuid(),
        CreatedAt = chat.GetProperty("created_at").GetDateTimeOffset(),
        UpdatedAt = chat.GetProperty("updated_at").GetDateTimeOffset(),
        EndedAt = chat.GetProperty("ended_at") is { ValueKind: JsonValueKind.String } ended ? ended.GetDateTimeOffset() : null,
        IsEnded = chat.GetProperty("is_ended").GetBoolean(),
        IsWaiting = chat.GetProperty("is_waiting").GetBoolean(),
        RoomId = chat.GetProperty("room_id").GetGuid(),
        RoomName = chat.GetProperty("room_name").GetString(),
        RoomOrganizationId = chat.GetProperty("room_organization_id").GetGuid(),
        ChatType = chat.GetProperty("chat_type").GetString(),
        MessageCount = chat.GetProperty("message_count").GetInt32(),
        UserMessageCount = chat.GetProperty("user_message_count").GetInt32(),
        VisitorMessageCount = chat.GetProperty("visitor_message_count").GetInt32(),
        TagCount = chat.GetProperty("tag_count").GetInt32(),
        MemberCount = chat.GetProperty("member_count").GetInt32(),
        Duration = chat.GetProperty("duration") is { ValueKind: JsonValueKind.Number } duration ? duration.GetDouble() : null,
    };
}
