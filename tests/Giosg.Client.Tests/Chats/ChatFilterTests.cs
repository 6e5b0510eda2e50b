using Giosg.Client.Chats;
using Giosg.Client.Tests.Infrastructure;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

[Collection(SimulatorGroup.Name)]
public sealed class ChatFilterTests(SimulatorFixture fixture)
{
    private IEnumerable<SimChat> Owned =>
        fixture.Simulator.Data.Chats.Where(chat => chat.RoomOrganizationId == fixture.Simulator.OrganizationId);

    private async Task<List<Chat>> ListAsync(ChatListRequest request, CountingHandler? handler = null, Guid? userId = null)
    {
        using var connection = fixture.Connect(handler, userId);
        return await new GiosgClient(connection).Chats.List(request).ToListAsync();
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Status_filter_goes_to_the_server_and_matches_the_simulators_set(bool ended)
    {
        var handler = new CountingHandler();

        var chats = await ListAsync(new ChatListRequest { IsEnded = ended }, handler);

        Assert.All(handler.Requests, request => Assert.Contains($"is_ended={(ended ? "true" : "false")}", request.Uri.Query, StringComparison.Ordinal));
        Assert.Equal(Owned.Where(chat => chat.IsEnded == ended).Select(chat => chat.Id).Order(), chats.Select(chat => chat.Id).Order());
    }

    [Fact]
    public async Task Waiting_and_message_filters_match_the_simulators_set()
    {
        var chats = await ListAsync(new ChatListRequest { IsWaiting = false, HasMessages = true, HasUserMessages = true, HasVisitorMessages = false });

        var expected = Owned.Where(chat => !chat.IsWaiting && chat.MessageCount > 0 && chat.UserMessageCount > 0 && chat.VisitorMessageCount == 0);
        Assert.Equal(expected.Select(chat => chat.Id).Order(), chats.Select(chat => chat.Id).Order());
    }

    [Fact]
    public async Task Creation_window_returns_only_chats_created_inside_it()
    {
        var after = SimulatorFixture.Now.AddDays(-30);
        var before = SimulatorFixture.Now.AddDays(-10);

        var chats = await ListAsync(new ChatListRequest { CreatedAfter = after, CreatedBefore = before });

        Assert.NotEmpty(chats);
        Assert.All(chats, chat => Assert.InRange(chat.CreatedAt, after, before));
        Assert.Equal(Owned.Count(chat => chat.CreatedAt > after && chat.CreatedAt < before), chats.Count);
    }

    [Fact]
    public async Task Descending_lists_newest_first_and_default_lists_oldest_first()
    {
        var descending = await ListAsync(new ChatListRequest { Descending = true });
        var ascending = await ListAsync(new ChatListRequest());

        Assert.Equal(descending.Select(chat => chat.CreatedAt).OrderDescending(), descending.Select(chat => chat.CreatedAt));
        Assert.Equal(ascending.Select(chat => chat.CreatedAt).Order(), ascending.Select(chat => chat.CreatedAt));
    }

    [Fact]
    public async Task Chat_type_is_filtered_on_the_client_because_no_endpoint_takes_it()
    {
        var handler = new CountingHandler();

        var chats = await ListAsync(new ChatListRequest { ChatTypes = ["External"], IsEnded = false }, handler);

        Assert.DoesNotContain(handler.Requests, request => request.Uri.Query.Contains("type", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(Owned.Where(chat => chat.ChatType == "external" && !chat.IsEnded).Select(chat => chat.Id).Order(), chats.Select(chat => chat.Id).Order());
    }

    [Fact]
    public async Task Routed_scope_includes_shared_rooms_and_owned_does_not()
    {
        var routed = await ListAsync(new ChatListRequest { Scope = ChatScope.Routed });
        var owned = await ListAsync(new ChatListRequest());

        Assert.Equal(fixture.Simulator.Data.Chats.Count, routed.Count);
        Assert.True(owned.Count < routed.Count);
        Assert.All(routed, chat => Assert.Equal(ChatScope.Routed, chat.Scope));
    }

    [Fact]
    public async Task Room_listing_returns_that_rooms_chats_in_the_owned_family()
    {
        var room = Owned.First().RoomId;

        var chats = await ListAsync(new ChatListRequest { RoomId = room });

        Assert.Equal(Owned.Count(chat => chat.RoomId == room), chats.Count);
        Assert.All(chats, chat => Assert.Equal(room, chat.RoomId));
        Assert.All(chats, chat => Assert.Equal(ChatScope.Owned, chat.Scope));
    }

    [Fact]
    public async Task User_scope_applies_undocumented_filters_on_the_client()
    {
        var handler = new CountingHandler();
        var after = SimulatorFixture.Now.AddDays(-45);

        var chats = await ListAsync(new ChatListRequest { Scope = ChatScope.User, CreatedAfter = after, IsWaiting = false }, handler, fixture.Simulator.UserId);

        Assert.All(handler.Requests, request => Assert.StartsWith($"/api/v5/users/{fixture.Simulator.UserId:D}/chats", request.Uri.PathAndQuery, StringComparison.Ordinal));
        Assert.DoesNotContain(handler.Requests, request => request.Uri.Query.Contains("created_at_", StringComparison.Ordinal) || request.Uri.Query.Contains("is_waiting", StringComparison.Ordinal));
        Assert.All(chats, chat => Assert.True(chat.CreatedAt > after && !chat.IsWaiting));
        Assert.All(chats, chat => Assert.Equal((ChatScope.User, (Guid?)fixture.Simulator.UserId), (chat.Scope, chat.UserId)));
    }

    [Fact]
    public async Task Pending_chats_of_a_room_are_all_pending()
    {
        var room = Owned.Where(chat => chat.IsPending).Select(chat => chat.RoomId).FirstOrDefault();
        Assert.NotEqual(Guid.Empty, room);

        var chats = await ListAsync(new ChatListRequest { RoomId = room, Pending = true });

        Assert.NotEmpty(chats);
        Assert.All(chats, chat => Assert.True(chat.IsPending));
    }

    [Fact]
    public async Task Single_chat_is_retrieved_by_id_through_its_scope()
    {
        var expected = Owned.First();
        using var connection = fixture.Connect();

        var chat = await new GiosgClient(connection).Chats.GetAsync(expected.Id, ChatScope.Owned);

        Assert.Equal(expected.Id, chat.Id);
        Assert.Equal(expected.CreatedAt, chat.CreatedAt);
        Assert.Equal(expected.UpdatedAt, chat.UpdatedAt);
        Assert.Equal(expected.ChatType, chat.ChatType);
        Assert.Equal(expected.IsEnded, chat.IsEnded);
    }
}
