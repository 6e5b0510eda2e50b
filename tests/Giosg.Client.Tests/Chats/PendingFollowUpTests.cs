using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary>
/// B4 (docs/api-assumptions.md): a user's pending chats are followed up through the organization's routed
/// chats, which answer 403 for shared-room chats when the organization has private chat history and the
/// user lacks the reports permission. Messages and memberships then come from the user's routed chats; tags
/// have no per-user path, so their 403 stays the API's error for that chat.
/// </summary>
public sealed class PendingFollowUpTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public static TheoryData<ApiReadings> Readings => new() { ApiReadings.None, ApiReadings.PrivateChatHistory };

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 600, Seed = 17, PageSize = 25, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task A_pending_shared_room_chats_messages_and_memberships_are_read_under_either_reading(ApiReadings readings)
    {
        _sim.Readings = readings;
        using var connection = SimulatorFixture.Connect(_sim, userId: _sim.UserId);
        var client = new GiosgClient(connection);
        var chat = await SharedPendingChatAsync(client);
        var reference = ChatReference.Of(chat);
        _sim.Requests.Clear();

        var messages = await client.Messages.List(reference).ToListAsync();
        var members = await client.Memberships.List(reference).ToListAsync();

        Assert.Equal(chat.MessageCount, messages.Count(message => message.Type == "msg"));
        Assert.NotEmpty(members);
        Assert.All(members, member => Assert.Equal(chat.Id, member.ChatId));
        var paths = _sim.Requests.Snapshot().Select(request => (request.Path, request.StatusCode)).ToList();
        var org = $"/api/v5/orgs/{_sim.OrganizationId:D}/routed_chats/{chat.Id:D}";
        var user = $"/api/v5/users/{_sim.UserId:D}/routed_chats/{chat.Id:D}";
        if (readings == ApiReadings.None)
        {
            Assert.All(paths, request => Assert.StartsWith(org, request.Path, StringComparison.Ordinal));
        }
        else
        {
            Assert.Contains((org + "/messages", 403), paths);
            Assert.Contains((org + "/memberships", 403), paths);
            Assert.Contains(paths, request => request.Path == user + "/messages" && request.StatusCode == 200);
            Assert.Contains((user + "/memberships", 200), paths);
        }
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task A_pending_chats_tags_are_read_or_under_private_history_refused_as_permission_denied(ApiReadings readings)
    {
        _sim.Readings = readings;
        using var connection = SimulatorFixture.Connect(_sim, userId: _sim.UserId);
        var client = new GiosgClient(connection);
        var reference = ChatReference.Of(await SharedPendingChatAsync(client));

        if (readings == ApiReadings.None)
        {
            Assert.NotNull(await client.Tags.List(reference).ToListAsync());
        }
        else
        {
            var refused = await Assert.ThrowsAsync<GiosgApiException>(async () => await client.Tags.List(reference).ToListAsync());
            Assert.Equal(GiosgErrorKind.PermissionDenied, refused.Kind);
        }
    }

    [Fact]
    public async Task An_owned_pending_chat_is_not_refused_and_no_fallback_is_sent()
    {
        _sim.Readings = ApiReadings.PrivateChatHistory;
        using var connection = SimulatorFixture.Connect(_sim, userId: _sim.UserId);
        var client = new GiosgClient(connection);
        var chat = await client.Chats.List(new ChatListRequest { Pending = true }).FirstAsync(candidate => candidate.RoomOrganizationId == _sim.OrganizationId && candidate.MessageCount > 0);
        _sim.Requests.Clear();

        var messages = await client.Messages.List(ChatReference.Of(chat)).ToListAsync();

        Assert.Equal(chat.MessageCount, messages.Count(message => message.Type == "msg"));
        Assert.DoesNotContain(_sim.Requests.Snapshot(), request => request.Path.StartsWith("/api/v5/users/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_any_user_the_403_is_the_apis_error()
    {
        _sim.Readings = ApiReadings.PrivateChatHistory;
        using var withUser = SimulatorFixture.Connect(_sim, userId: _sim.UserId);
        var chat = await SharedPendingChatAsync(new GiosgClient(withUser));
        using var connection = SimulatorFixture.Connect(_sim);

        var refused = await Assert.ThrowsAsync<GiosgApiException>(async () =>
            await new GiosgClient(connection).Messages.List(new ChatReference(chat.Id, ChatScope.Routed)).ToListAsync());

        Assert.Equal(GiosgErrorKind.PermissionDenied, refused.Kind);
    }

    private async Task<Chat> SharedPendingChatAsync(GiosgClient client)
    {
        var chat = await client.Chats.List(new ChatListRequest { Pending = true })
            .FirstAsync(candidate => candidate.RoomOrganizationId != _sim.OrganizationId && candidate.MessageCount > 0);
        Assert.Equal(ChatScope.Routed, chat.Scope);
        Assert.Equal(_sim.UserId, chat.UserId);
        return chat;
    }
}
