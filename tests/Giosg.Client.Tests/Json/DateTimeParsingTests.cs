using System.Text.Json;
using Giosg.Client.Chats;
using Giosg.Client.Json;

namespace Giosg.Client.Tests.Json;

public sealed class DateTimeParsingTests
{
    private static Chat Read(string json) => JsonSerializer.Deserialize(json, GiosgJsonContext.Default.Chat)!;

    [Fact]
    public void A_time_without_an_offset_is_utc_whatever_the_local_zone()
    {
        var chat = Read("""{"created_at": "2015-02-13T11:31:36.042"}""");
        Assert.Equal(new DateTimeOffset(2015, 2, 13, 11, 31, 36, 42, TimeSpan.Zero), chat.CreatedAt);
        Assert.Equal(TimeSpan.Zero, chat.CreatedAt.Offset);
    }

    [Fact]
    public void Times_with_z_or_an_offset_keep_their_instant()
    {
        Assert.Equal(new DateTimeOffset(2016, 9, 1, 11, 31, 36, 42, TimeSpan.Zero), Read("""{"created_at": "2016-09-01T11:31:36.042Z"}""").CreatedAt);
        Assert.Equal(new DateTimeOffset(2016, 9, 1, 9, 31, 36, TimeSpan.Zero), Read("""{"created_at": "2016-09-01T11:31:36+02:00"}""").CreatedAt.ToUniversalTime());
    }

    [Fact]
    public void Nullable_times_may_be_null_missing_or_set()
    {
        var chat = Read("""{"ended_at": null, "updated_at": "2015-02-13T12:38:36.431"}""");
        Assert.Null(chat.EndedAt);
        Assert.Null(chat.WaitingStartedAt);
        Assert.Equal(new DateTimeOffset(2015, 2, 13, 12, 38, 36, 431, TimeSpan.Zero), Read("""{"ended_at": "2015-02-13T12:38:36.431"}""").EndedAt);
    }

    [Fact]
    public void Unknown_fields_are_ignored_and_documented_ones_are_read_in_snake_case()
    {
        var chat = Read("""
            {"id": "58f5055c-56e0-11e5-9354-6c4008c08dfe", "brand_new_field": {"x": [1, 2]}, "chat_type": "external",
             "room_name": "Customer Support", "message_count": 3, "visitor_wait_time": 12.5, "duration": null,
             "token": "uibdbtmk", "legacy_conversation_state": "waiting", "is_ended": true, "present_user_participant_count": 1}
            """);

        Assert.Equal(Guid.Parse("58f5055c-56e0-11e5-9354-6c4008c08dfe"), chat.Id);
        Assert.Equal("external", chat.ChatType);
        Assert.Equal("Customer Support", chat.RoomName);
        Assert.Equal(3, chat.MessageCount);
        Assert.Equal(12.5, chat.VisitorWaitTime);
        Assert.Null(chat.Duration);
        Assert.Equal("uibdbtmk", chat.LegacyToken);
        Assert.Equal("waiting", chat.LegacyConversationState);
        Assert.True(chat.IsEnded);
        Assert.Equal(1, chat.PresentUserParticipantCount);
    }

    [Fact]
    public void A_date_that_is_not_a_date_is_a_json_error_naming_it()
    {
        var error = Assert.Throws<JsonException>(() => Read("""{"created_at": "yesterday"}"""));
        Assert.Contains("created_at", error.Path, StringComparison.Ordinal);
    }
}
