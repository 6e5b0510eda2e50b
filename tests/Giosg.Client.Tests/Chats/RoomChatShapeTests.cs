using Giosg.Client.Chats;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary>
/// A6 (docs/api-assumptions.md): 001 and 004 document the room listing with different attributes. Every
/// room-listing test runs under both readings (<see cref="ApiReadings.RoomChatsInOlderShape"/>), and 004's
/// chats of a user (always in 004's shape) read the same way.
/// </summary>
public sealed class RoomChatShapeTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public static TheoryData<ApiReadings> Readings => new() { ApiReadings.None, ApiReadings.RoomChatsInOlderShape };

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 400, Seed = 15, PageSize = 25, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private SimRoom BusiestRoom => _sim.Data.Rooms.Where(room => !room.IsShared)
        .OrderByDescending(room => _sim.Data.OwnedChats.Count(chat => chat.RoomId == room.Id)).First();

    private IEnumerable<SimChat> InRoom(Guid room) => _sim.Data.OwnedChats.Where(chat => chat.RoomId == room);

    private async Task<List<Chat>> ListAsync(ChatListRequest request, CountingHandler? handler = null)
    {
        using var connection = SimulatorFixture.Connect(_sim, handler, _sim.UserId);
        return await new GiosgClient(connection).Chats.List(request).ToListAsync();
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task Room_chats_have_their_creation_end_and_waiting_state_in_either_shape(ApiReadings readings)
    {
        _sim.Readings = readings;
        var room = BusiestRoom.Id;

        var chats = await ListAsync(new ChatListRequest { RoomId = room });

        var expected = InRoom(room).Select(chat => (chat.Id, chat.CreatedAt, chat.UpdatedAt, chat.IsEnded, chat.EndedAt, chat.IsWaiting)).ToList();
        Assert.True(expected.Count > 10, "the room should have enough chats to page");
        Assert.Contains(expected, chat => chat.IsWaiting);
        Assert.Contains(expected, chat => chat.IsEnded);
        Assert.Equal(expected, chats.Select(chat => (chat.Id, chat.CreatedAt, chat.UpdatedAt, chat.IsEnded, chat.EndedAt, chat.IsWaiting)));
        Assert.All(chats, chat => Assert.Equal(room, chat.RoomId));
        Assert.All(chats, chat => Assert.Equal(ChatScope.Owned, chat.Scope));
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task A_creation_window_on_a_room_keeps_the_chats_inside_it_in_either_shape(ApiReadings readings)
    {
        _sim.Readings = readings;
        var room = InRoom(BusiestRoom.Id).ToList();
        var (after, before) = (room[2].CreatedAt, room[^3].CreatedAt);

        var chats = await ListAsync(new ChatListRequest { RoomId = BusiestRoom.Id, CreatedAfter = after, CreatedBefore = before, Descending = true });

        var expected = room.Where(chat => chat.CreatedAt > after && chat.CreatedAt < before).Select(chat => chat.Id).Reverse().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, chats.Select(chat => chat.Id));
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task Open_and_waiting_filters_on_a_room_match_in_either_shape(ApiReadings readings)
    {
        _sim.Readings = readings;

        var open = await ListAsync(new ChatListRequest { RoomId = BusiestRoom.Id, IsEnded = false });
        var waiting = await ListAsync(new ChatListRequest { RoomId = BusiestRoom.Id, IsWaiting = true });

        Assert.Equal(InRoom(BusiestRoom.Id).Where(chat => !chat.IsEnded).Select(chat => chat.Id), open.Select(chat => chat.Id));
        Assert.All(open, chat => Assert.False(chat.IsEnded));
        Assert.Equal(InRoom(BusiestRoom.Id).Where(chat => chat.IsWaiting).Select(chat => chat.Id), waiting.Select(chat => chat.Id));
        Assert.NotEmpty(waiting);
        Assert.All(waiting, chat => Assert.True(chat.IsWaiting));
    }

    [Fact]
    public async Task Only_the_older_reading_sends_004s_shape()
    {
        _sim.Readings = ApiReadings.RoomChatsInOlderShape;
        using var http = new HttpClient { BaseAddress = _sim.BaseUri };
        http.DefaultRequestHeaders.Add("Authorization", "Token " + _sim.Token);

        var older = await http.GetStringAsync(new Uri($"api/v5/orgs/{_sim.OrganizationId:D}/rooms/{BusiestRoom.Id:D}/chats", UriKind.Relative));
        _sim.Readings = ApiReadings.None;
        var v5 = await http.GetStringAsync(new Uri($"api/v5/orgs/{_sim.OrganizationId:D}/rooms/{BusiestRoom.Id:D}/chats", UriKind.Relative));

        Assert.Contains("\"start_time\"", older, StringComparison.Ordinal);
        Assert.Contains("\"is_waiting_response\"", older, StringComparison.Ordinal);
        Assert.DoesNotContain("\"created_at\"", older, StringComparison.Ordinal);
        Assert.Contains("\"created_at\"", v5, StringComparison.Ordinal);
        Assert.DoesNotContain("\"start_time\"", v5, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_older_apis_chats_of_a_user_stream_in_004s_shape_as_that_users_chats()
    {
        var handler = new CountingHandler();
        var after = SimulatorFixture.Now.AddDays(-60);

        var chats = await ListAsync(new ChatListRequest { Scope = ChatScope.OrganizationUser, UserId = _sim.UserId, CreatedAfter = after, IsEnded = false, HasUserMessages = true }, handler);

        var member = _sim.Data.Chats.Where(chat => chat.UserMembers.Any(user => user.Id == _sim.UserId)).ToList();
        var expected = member.Where(chat => chat.CreatedAt > after && !chat.IsEnded && chat.UserMessageCount > 0).ToList();
        Assert.NotEmpty(expected);
        Assert.True(handler.Requests.Count > 1, "the listing should page");
        Assert.All(handler.Requests, request => Assert.Equal($"/api/v5/orgs/{_sim.OrganizationId:D}/users/{_sim.UserId:D}/chats", request.Uri.AbsolutePath));
        Assert.Empty(handler.Requests.First().Uri.Query);
        Assert.Equal(expected.Select(chat => (chat.Id, chat.CreatedAt, chat.IsWaiting)), chats.Select(chat => (chat.Id, chat.CreatedAt, chat.IsWaiting)));
        Assert.All(chats, chat => Assert.Equal((ChatScope.User, (Guid?)_sim.UserId), (chat.Scope, chat.UserId)));
        Assert.All(chats, chat => Assert.NotNull(chat.ParticipationCount));
        Assert.Contains(chats, chat => chat.UserParticipationCount > 0);
        Assert.All(chats, chat => Assert.Equal(chat.ParticipationCount, chat.UserParticipationCount + chat.VisitorParticipationCount));
    }

    [Fact]
    public async Task The_older_apis_chats_of_a_user_refuse_descending_before_any_request()
    {
        var handler = new CountingHandler();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => ListAsync(new ChatListRequest { Scope = ChatScope.OrganizationUser, Descending = true }, handler));

        Assert.Contains("Descending", error.Message, StringComparison.Ordinal);
        Assert.Empty(handler.Requests);
    }
}
