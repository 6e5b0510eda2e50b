using System.Net;
using System.Text.Json.Nodes;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

[Collection(SharedSimulatorGroup.Name)]
public sealed class MessageTests(SharedSimulator shared)
{
    /// <summary>The attribute table of chat messages; <c>encrypted_message</c> only appears on encrypted ones.</summary>
    private static readonly string[] DocumentedAttributes =
    [
        "id", "type", "chat_id", "room_id", "created_at", "sender_type", "sender_id", "sender_public_name", "sender_name",
        "sender_avatar", "message", "is_encrypted", "sensitive_data_purged_at", "selected_reply_suggestion_id",
        "selected_reply_suggestion", "attachments", "attachment_template", "response_to_message_id",
        "response_to_attachment_id", "response_to_attachment", "response_to_action_id", "response_to_action",
        "response_value", "response_text",
    ];

    private readonly ApiClient _api = shared.Api;

    private SimChat LongChat => shared.Data.OwnedChats.First(chat => chat.MessageCount > 2 * SharedSimulator.PageSize);

    [Fact]
    public async Task Messages_come_newest_first_across_pages()
    {
        var chat = LongChat;

        var first = await _api.GetJsonAsync(Messages(chat));
        var messages = await _api.ListAllAsync(Messages(chat));

        Assert.Equal(SharedSimulator.PageSize, first["results"]!.AsArray().Count);
        Assert.True(messages.Count > 2 * SharedSimulator.PageSize);
        Assert.Equal(messages.Count, messages.Ids().Distinct().Count());
        var created = messages.Select(message => message.Time("created_at")).ToList();
        Assert.Equal(created.OrderDescending(), created);
    }

    [Fact]
    public async Task Previous_links_lead_back_to_the_newer_messages()
    {
        var first = await _api.GetJsonAsync(Messages(LongChat));
        var second = await _api.GetJsonAsync((string)first["next"]!);

        var back = await _api.GetJsonAsync((string)second["previous"]!);

        Assert.Null(first["previous"]);
        Assert.Equal(Ids(first), Ids(back));
    }

    [Fact]
    public async Task A_typical_organization_has_conversations_longer_than_the_default_page()
    {
        await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 1000, Now = SharedSimulator.Now });
        using var api = new ApiClient(simulator);
        var chat = simulator.Data.OwnedChats.First(chat => chat.MessageCount > new SimulatorOptions().PageSize);

        var page = await api.GetJsonAsync(api.Org($"owned_chats/{chat.Id}/messages"));

        Assert.NotNull(page["next"]);
    }

    [Fact]
    public async Task Msg_messages_match_the_chats_message_counts_and_fall_within_its_lifetime()
    {
        foreach (var chat in SampleChats())
        {
            var messages = await _api.ListAllAsync(Messages(chat));

            var texts = messages.Where(message => (string?)message["type"] == "msg").ToList();
            Assert.Equal(chat.MessageCount, texts.Count);
            Assert.Equal(chat.UserMessageCount, texts.Count(message => (string?)message["sender_type"] == "user"));
            Assert.Equal(chat.VisitorMessageCount, texts.Count(message => (string?)message["sender_type"] == "visitor"));
            Assert.All(messages, message =>
            {
                Assert.InRange(message.Time("created_at"), chat.CreatedAt, chat.UpdatedAt);
                Assert.Equal(chat.Id, message.Id("chat_id"));
                Assert.Equal(chat.RoomId, message.Id("room_id"));
            });
        }
    }

    [Fact]
    public async Task Every_user_member_joins_and_those_no_longer_participating_leave()
    {
        foreach (var chat in SampleChats().Where(chat => chat.UserMembers.Count > 0))
        {
            var messages = await _api.ListAllAsync(Messages(chat));
            var memberships = await _api.ListAllAsync(_api.Org($"routed_chats/{chat.Id}/memberships"));

            Assert.Equal(chat.UserMembers.Select(user => user.Id).Order(), SenderIds(messages, "join").Order());
            var gone = memberships.Where(member => (string?)member["member_type"] == "user" && !(bool)member["is_participating"]!);
            Assert.Equal(gone.Select(member => member.Id("member_id")).Order(), SenderIds(messages, "leave").Order());
        }
    }

    [Fact]
    public async Task Messages_carry_every_documented_attribute()
    {
        var messages = await _api.ListAllAsync(Messages(LongChat));

        Assert.All(messages, message =>
        {
            var attributes = message.AsObject();
            Assert.All(DocumentedAttributes, name => Assert.True(attributes.ContainsKey(name), $"missing {name}"));
            Assert.Equal((bool)message["is_encrypted"]!, attributes.ContainsKey("encrypted_message"));
            Assert.IsType<JsonArray>(message["attachments"]);
            Assert.Contains((string?)message["sender_type"], new[] { "user", "visitor", "rule" });
        });
    }

    [Fact]
    public async Task Users_write_under_their_names_and_visitors_under_their_32_hex_id()
    {
        var messages = await _api.ListAllAsync(Messages(LongChat));

        var users = messages.Where(message => (string?)message["sender_type"] == "user").ToList();
        var visitors = messages.Where(message => (string?)message["sender_type"] == "visitor").ToList();
        Assert.All(users, message => Assert.Contains(message.Id("sender_id"), LongChat.UserMembers.Select(user => user.Id)));
        Assert.All(users, message => Assert.Equal(LongChat.UserMembers.Single(user => user.Id == message.Id("sender_id")).Name, (string?)message["sender_name"]));
        Assert.All(visitors, message => Assert.Equal(LongChat.VisitorId, (string?)message["sender_id"]));
        Assert.All(visitors, message => Assert.Null(message["sender_avatar"]));
    }

    [Theory]
    [InlineData("type__in=msg", new[] { "msg" })]
    [InlineData("type__in=join,leave", new[] { "join", "leave" })]
    [InlineData("type__in=join%2C%20leave", new[] { "join", "leave" })]
    [InlineData("type__not_in=msg", new[] { "autosuggest", "join", "leave", "shoppingcart_locked", "action", "call_request", "call_ended", "interaction_submit", "system" })]
    [InlineData("type__in=msg,join&type__not_in=join", new[] { "msg" })]
    public async Task Type_filters_keep_only_the_listed_types(string query, string[] allowed)
    {
        var all = await _api.ListAllAsync(Messages(LongChat));

        var filtered = await _api.ListAllAsync($"{Messages(LongChat)}?{query}");

        var expected = all.Where(message => allowed.Contains((string?)message["type"])).Ids();
        Assert.NotEmpty(filtered);
        Assert.Equal(expected, filtered.Ids());
    }

    [Theory]
    [InlineData("type__in", "msg,chatter")]
    [InlineData("type__not_in", "MSG")]
    public async Task An_unknown_message_type_is_400_naming_the_parameter(string parameter, string value)
    {
        var error = await _api.GetJsonAsync($"{Messages(LongChat)}?{parameter}={value}", HttpStatusCode.BadRequest);

        Assert.NotNull(error[parameter]);
    }

    [Fact]
    public async Task Encrypted_chats_have_encrypted_messages_some_of_which_the_server_can_no_longer_decrypt()
    {
        var chats = shared.Data.Chats.Where(chat => chat.IsEncrypted && chat.MessageCount > 0).ToList();
        var texts = new List<JsonNode>();
        foreach (var chat in chats)
        {
            texts.AddRange(await _api.ListAllAsync($"{Messages(chat)}?type__in=msg"));
        }

        Assert.All(texts, message =>
        {
            Assert.True((bool)message["is_encrypted"]!);
            Assert.False(string.IsNullOrEmpty((string?)message["encrypted_message"]));
        });
        Assert.Contains(texts, message => message["message"] is null);
        Assert.Contains(texts, message => message["message"] is not null);
    }

    [Fact]
    public async Task Messages_of_chats_that_are_not_encrypted_are_plain()
    {
        var messages = await _api.ListAllAsync(Messages(shared.Data.OwnedChats.First(chat => !chat.IsEncrypted && chat.MessageCount > 10)));

        Assert.All(messages, message => Assert.False((bool)message["is_encrypted"]!));
        Assert.All(messages, message => Assert.False(message.AsObject().ContainsKey("encrypted_message")));
    }

    [Fact]
    public async Task The_same_chat_always_gets_the_same_messages()
    {
        await using var twin = await GiosgSimulator.StartAsync(SharedSimulator.Options());
        using var twinApi = new ApiClient(twin);

        var first = await _api.GetJsonAsync(Messages(LongChat));
        var again = await _api.GetJsonAsync(Messages(LongChat));
        var fromTwin = await twinApi.GetJsonAsync(twinApi.Org($"owned_chats/{LongChat.Id}/messages"));

        Assert.Equal(first["results"]!.ToJsonString(), again["results"]!.ToJsonString());
        Assert.Equal(first["results"]!.ToJsonString(), fromTwin["results"]!.ToJsonString());
    }

    [Fact]
    public async Task A_chat_listing_cursor_is_not_a_message_cursor()
    {
        var chats = await _api.GetJsonAsync(_api.Org("owned_chats"));
        var cursor = new Uri((string)chats["next"]!).Query.TrimStart('?');

        var error = await _api.GetJsonAsync($"{Messages(LongChat)}?{cursor}", HttpStatusCode.BadRequest);

        Assert.NotNull(error["cursor"]);
    }

    private IEnumerable<SimChat> SampleChats() =>
        shared.Data.OwnedChats.Where(chat => chat.MessageCount > 0).Take(25).Append(LongChat);

    private string Messages(SimChat chat) => _api.Org($"{(chat.Room.IsShared ? "routed" : "owned")}_chats/{chat.Id}/messages");

    private static IEnumerable<Guid> SenderIds(IEnumerable<JsonNode> messages, string type) =>
        messages.Where(message => (string?)message["type"] == type).Select(message => message.Id("sender_id"));

    private static IEnumerable<Guid> Ids(JsonNode page) => page["results"]!.AsArray().Select(message => message!.Id());
}
