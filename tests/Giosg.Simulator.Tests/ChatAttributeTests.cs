using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed partial class ChatAttributeTests(SharedSimulator shared)
{
    /// <summary>The attribute table of the Chats API v5, deprecated attributes included.</summary>
    private static readonly string[] DocumentedAttributes =
    [
        "id", "created_at", "updated_at", "waiting_started_at", "is_ended", "ended_at", "room_id", "room_name",
        "room_organization_id", "chat_type", "is_private", "is_real_conversation", "is_autosuggested", "is_encrypted",
        "encrypted_symmetric_key", "message_count", "user_message_count", "visitor_message_count", "has_messages",
        "has_user_messages", "has_visitor_messages", "first_visitor_message_url", "first_visitor_message_url_title",
        "autosuggest_url", "autosuggest_url_title", "tag_count", "is_waiting", "is_pending", "member_count",
        "user_member_count", "visitor_member_count", "present_participant_count", "present_user_participant_count",
        "present_visitor_participant_count", "visitor_wait_time", "duration", "active_duration", "token",
        "legacy_conversation_state", "legacy_room_id",
    ];

    private List<JsonNode>? _routed;

    [Fact]
    public async Task Chats_carry_every_documented_attribute()
    {
        var chat = (await Routed())[0].AsObject();

        Assert.All(DocumentedAttributes, name => Assert.True(chat.ContainsKey(name), $"missing {name}"));
    }

    [Fact]
    public async Task Datetimes_come_both_without_an_offset_and_with_a_z_suffix()
    {
        var created = (await Routed()).Select(chat => (string)chat["created_at"]!).ToList();

        Assert.All(created, text => Assert.Matches(DateTimePattern(), text));
        Assert.Contains(created, text => text.EndsWith('Z'));
        Assert.Contains(created, text => !text.EndsWith('Z'));
    }

    [Fact]
    public async Task Chats_are_consistent_with_themselves()
    {
        var now = shared.Simulator.Clock.Now;
        Assert.All(await Routed(), chat =>
        {
            var created = chat.Time("created_at");
            var updated = chat.Time("updated_at");
            var ended = chat.TimeOrNull("ended_at");
            Assert.InRange(created, now.AddDays(-90), now);
            Assert.InRange(updated, created, now);
            Assert.Equal((bool)chat["is_ended"]!, ended is not null);
            if (ended is { } end)
            {
                Assert.InRange(end, created, updated);
                Assert.False((bool)chat["is_waiting"]!);
                Assert.NotNull(chat["duration"]);
            }

            var messages = (int)chat["message_count"]!;
            var userMessages = (int)chat["user_message_count"]!;
            var visitorMessages = (int)chat["visitor_message_count"]!;
            Assert.Equal(userMessages + visitorMessages, messages);
            Assert.Equal(messages > 0, (bool)chat["has_messages"]!);
            Assert.Equal(userMessages > 0, (bool)chat["has_user_messages"]!);
            Assert.Equal(visitorMessages > 0, (bool)chat["has_visitor_messages"]!);
            Assert.Equal((int)chat["user_member_count"]! + (int)chat["visitor_member_count"]!, (int)chat["member_count"]!);

            var presentUsers = (int)chat["present_user_participant_count"]!;
            Assert.Equal((bool)chat["is_waiting"]! && presentUsers == 0, (bool)chat["is_pending"]!);
            Assert.Equal((bool)chat["is_encrypted"]!, chat["encrypted_symmetric_key"] is not null);
        });
    }

    [Fact]
    public async Task Every_chat_type_appears_with_visitors_only_in_visitor_and_external_chats()
    {
        var chats = await Routed();

        Assert.Equal(["external", "group", "operator", "task", "visitor"], chats.Select(chat => (string)chat["chat_type"]!).Distinct().Order());
        Assert.All(chats.Where(chat => (string)chat["chat_type"]! is "operator" or "group" or "task"), chat =>
            Assert.Equal(0, (int)chat["visitor_member_count"]!));
        Assert.All(chats.Where(chat => (string)chat["chat_type"]! == "visitor"), chat =>
            Assert.Equal(1, (int)chat["visitor_member_count"]!));
    }

    [Fact]
    public void Open_external_chats_linger_while_most_other_chats_have_ended()
    {
        var external = shared.Data.Chats.Where(chat => chat.ChatType == "external").ToList();
        var others = shared.Data.Chats.Where(chat => chat.ChatType != "external").ToList();
        var ghosts = external.Where(chat => !chat.IsEnded).ToList();

        Assert.InRange(ghosts.Count, external.Count * 45 / 100, external.Count * 75 / 100);
        Assert.Contains(ghosts, chat => chat.UpdatedAt < SharedSimulator.Now.AddDays(-30));
        Assert.All(ghosts, chat => Assert.True(chat.UpdatedAt >= SharedSimulator.Now.AddDays(-60)));
        Assert.True(others.Count(chat => chat.IsEnded) > others.Count * 9 / 10);
    }

    [Fact]
    public void Visitor_ids_are_32_hex_digits_not_uuids()
    {
        var visitors = shared.Data.Chats.Select(chat => chat.VisitorId).OfType<string>().ToList();

        Assert.NotEmpty(visitors);
        Assert.All(visitors, visitor => Assert.Matches(VisitorIdPattern(), visitor));
        Assert.True(visitors.Distinct().Count() < visitors.Count, "some visitors should come back");
    }

    [Fact]
    public void A_few_chats_are_encrypted()
    {
        var encrypted = shared.Data.Chats.Count(chat => chat.IsEncrypted);

        Assert.InRange(encrypted, 1, shared.Data.Chats.Count / 10);
    }

    private async Task<List<JsonNode>> Routed() => _routed ??= await shared.Api.ListAllAsync(shared.Api.Org("routed_chats"));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z?$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex VisitorIdPattern();
}
