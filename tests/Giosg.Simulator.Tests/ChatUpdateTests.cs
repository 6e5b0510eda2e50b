using System.Net;
using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

public sealed class ChatUpdateTests : OwnSimulator
{
    private SimChat OpenOwnedChat(Func<SimChat, bool>? also = null) =>
        Simulator.Data.OwnedChats.First(chat => !chat.IsEnded && (also?.Invoke(chat) ?? true));

    [Fact]
    public async Task Patching_is_ended_true_ends_the_chat_at_the_simulator_clock()
    {
        var chat = OpenOwnedChat(chat => chat.IsWaiting);
        Simulator.Clock.Now = SharedSimulator.Now.AddMinutes(5);

        var ended = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");

        Assert.True((bool)ended["is_ended"]!);
        Assert.Equal(SharedSimulator.Now.AddMinutes(5), ended.Time("ended_at"));
        Assert.Equal(SharedSimulator.Now.AddMinutes(5), ended.Time("updated_at"));
        Assert.False((bool)ended["is_waiting"]!);
        Assert.False((bool)ended["is_pending"]!);
        Assert.True(chat.IsEnded);
        Assert.Equal(SharedSimulator.Now.AddMinutes(5), chat.EndedAt);
    }

    [Fact]
    public async Task Ending_an_ended_chat_again_is_harmless()
    {
        var chat = OpenOwnedChat();
        var first = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");
        Simulator.Clock.Now = SharedSimulator.Now.AddHours(1);

        var second = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");

        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task Put_ends_chats_too()
    {
        var chat = OpenOwnedChat();

        var ended = await Api.SendJsonAsync(HttpMethod.Put, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");

        Assert.True((bool)ended["is_ended"]!);
        Assert.True(chat.IsEnded);
    }

    /// <summary>001 documents PATCH and PUT only for owned chats and a user's chats: a client must not rely on others.</summary>
    [Theory]
    [InlineData("PATCH")]
    [InlineData("PUT")]
    public async Task The_routed_collection_cannot_change_a_chat(string method)
    {
        var chat = Simulator.Data.Chats.First(chat => chat.Room.IsShared && !chat.IsEnded);

        await Api.SendJsonAsync(new HttpMethod(method), Api.Org($"routed_chats/{chat.Id}"), """{"is_ended": true}""", HttpStatusCode.MethodNotAllowed);

        Assert.False(chat.IsEnded);
    }

    [Fact]
    public async Task The_owned_collection_cannot_end_a_shared_rooms_chat()
    {
        var chat = Simulator.Data.Chats.First(chat => chat.Room.IsShared && !chat.IsEnded);

        await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""", HttpStatusCode.NotFound);
        Assert.False(chat.IsEnded);
    }

    [Fact]
    public async Task A_user_ends_chats_they_are_a_member_of_and_404_for_others()
    {
        var member = Simulator.Data.Chats.First(chat => !chat.IsEnded && chat.UserMembers.Any(user => user.Id == Simulator.UserId));
        var stranger = Simulator.Data.Chats.First(chat => !chat.IsEnded && chat.UserMembers.All(user => user.Id != Simulator.UserId));

        await Api.SendJsonAsync(HttpMethod.Patch, Api.User($"chats/{member.Id}"), """{"is_ended": true}""");
        await Api.SendJsonAsync(HttpMethod.Patch, Api.User($"chats/{stranger.Id}"), """{"is_ended": true}""", HttpStatusCode.NotFound);

        Assert.True(member.IsEnded);
        Assert.False(stranger.IsEnded);
    }

    [Fact]
    public async Task Marking_a_chat_not_waiting_clears_waiting_and_pending()
    {
        var chat = OpenOwnedChat(chat => chat.IsPending);

        var updated = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_waiting": false}""");

        Assert.False((bool)updated["is_waiting"]!);
        Assert.False((bool)updated["is_pending"]!);
        Assert.False((bool)updated["is_ended"]!);
        Assert.NotNull(updated["waiting_started_at"]);
        Assert.False(chat.IsPending);
    }

    [Fact]
    public async Task Marking_an_ended_chat_not_waiting_is_400()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.IsEnded);

        var error = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_waiting": false}""", HttpStatusCode.BadRequest);

        Assert.NotNull(error["is_waiting"]);
    }

    [Fact]
    public async Task An_ended_chat_cannot_be_reopened()
    {
        var chat = Simulator.Data.OwnedChats.First(chat => chat.IsEnded);

        var error = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": false}""", HttpStatusCode.BadRequest);

        Assert.NotNull(error["is_ended"]);
        Assert.True(chat.IsEnded);
    }

    [Theory]
    [InlineData("", "detail")]
    [InlineData("not json", "detail")]
    [InlineData("[true]", "non_field_errors")]
    [InlineData("{}", "detail")]
    [InlineData("""{"room_name": "x"}""", "detail")]
    [InlineData("""{"is_ended": "true"}""", "is_ended")]
    [InlineData("""{"is_ended": 1}""", "is_ended")]
    [InlineData("""{"is_waiting": true}""", "is_waiting")]
    public async Task Missing_or_malformed_attributes_are_400(string body, string errorKey)
    {
        var chat = OpenOwnedChat();

        var error = await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), body, HttpStatusCode.BadRequest);

        Assert.NotNull(error[errorKey]);
        Assert.False(chat.IsEnded);
    }

    [Fact]
    public async Task An_ended_chat_leaves_the_open_chats_listing()
    {
        var chat = OpenOwnedChat();
        var before = await Api.ListAllAsync(Api.Org("owned_chats?is_ended=false"));

        await Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""");
        var after = await Api.ListAllAsync(Api.Org("owned_chats?is_ended=false"));

        Assert.Contains(chat.Id, before.Ids());
        Assert.Equal(before.Ids().Where(id => id != chat.Id), after.Ids());
    }

    [Fact]
    public async Task Concurrent_ends_of_one_chat_all_succeed_and_end_it_once()
    {
        var chat = OpenOwnedChat();

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ =>
            Api.SendJsonAsync(HttpMethod.Patch, Api.Org($"owned_chats/{chat.Id}"), """{"is_ended": true}""")));

        Assert.Single(results.Select(result => (string)result["ended_at"]!).Distinct());
    }

    [Fact]
    public void Data_can_end_a_chat_for_tests_that_need_a_chat_ended_behind_a_clients_back()
    {
        var chat = OpenOwnedChat();

        Simulator.Data.EndChat(chat.Id);

        Assert.True(chat.IsEnded);
        Assert.Equal(Simulator.Clock.Now, chat.EndedAt);
        Assert.Throws<KeyNotFoundException>(() => Simulator.Data.EndChat(Guid.NewGuid()));
    }
}
