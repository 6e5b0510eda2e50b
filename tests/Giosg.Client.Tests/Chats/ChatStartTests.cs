using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary>Starting chats (001 and 004): 201 new, 200 existing or resumed, the documented refusals, and never a repeat.</summary>
public sealed class ChatStartTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 400, Seed = 21, PageSize = 25, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private ChatsClient Chats() => new GiosgClient(SimulatorFixture.Connect(_sim, userId: _sim.UserId, retry: SimulatorFixture.FastRetries)).Chats;

    private int Posts(string pathEnd) =>
        _sim.Requests.Snapshot().Count(request => request.Method == "POST" && request.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    /// <summary>A known visitor and an own room where the visitor has no open chat.</summary>
    private (Guid Room, string Visitor) QuietVisitor()
    {
        var visitor = _sim.Data.Chats.First(chat => chat.VisitorId is not null).VisitorId!;
        var room = _sim.Data.Rooms.First(room => !room.IsShared
            && !_sim.Data.Chats.Any(chat => chat.RoomId == room.Id && chat.VisitorId == visitor && !chat.IsEnded));
        return (room.Id, visitor);
    }

    [Fact]
    public async Task An_empty_chat_is_created_once_as_the_users_operator_chat()
    {
        var start = await Chats().StartEmptyAsync();

        Assert.True(start.Created);
        Assert.Equal("operator", start.Chat.ChatType);
        Assert.False(start.Chat.IsEnded);
        Assert.Equal((ChatScope.User, (Guid?)_sim.UserId), (start.Chat.Scope, start.Chat.UserId));
        Assert.Equal(1, Posts($"/users/{_sim.UserId:D}/chats"));
    }

    [Fact]
    public async Task A_visitor_chat_is_created_then_found_again_rather_than_duplicated()
    {
        var (room, visitor) = QuietVisitor();
        var chats = Chats();

        var first = await chats.StartWithVisitorAsync(room, visitor);
        var second = await chats.StartWithVisitorAsync(room, visitor);

        Assert.True(first.Created);
        Assert.False(second.Created);
        Assert.Equal(first.Chat.Id, second.Chat.Id);
        Assert.Equal("visitor", first.Chat.ChatType);
        Assert.Equal(room, first.Chat.RoomId);
        Assert.Equal(ChatScope.User, first.Chat.Scope);
    }

    [Fact]
    public async Task A_visitor_someone_else_chats_with_is_a_conflict()
    {
        var taken = _sim.Data.OwnedChats.First(chat => !chat.IsEnded && chat.VisitorId is not null
            && chat.UserMembers.Count > 0 && chat.UserMembers.All(user => user.Id != _sim.UserId));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Chats().StartWithVisitorAsync(taken.RoomId, taken.VisitorId!));

        Assert.Equal(GiosgErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public async Task An_unknown_visitor_is_not_found_and_an_unknown_room_is_refused()
    {
        var (room, _) = QuietVisitor();
        var chats = Chats();

        var visitor = await Assert.ThrowsAsync<GiosgApiException>(() => chats.StartWithVisitorAsync(room, new string('0', 32)));
        var noRoom = await Assert.ThrowsAsync<GiosgApiException>(() => chats.StartWithVisitorAsync(Guid.NewGuid(), QuietVisitor().Visitor));

        Assert.Equal(GiosgErrorKind.NotFound, visitor.Kind);
        Assert.Equal(GiosgErrorKind.PermissionDenied, noRoom.Kind);
    }

    [Fact]
    public async Task The_older_apis_room_start_resumes_only_with_auto_resume()
    {
        var (room, visitor) = QuietVisitor();
        var chats = Chats();

        var first = await chats.StartInRoomAsync(room, visitor);
        var resumed = await chats.StartInRoomAsync(room, visitor, _sim.UserId);
        var fresh = await chats.StartInRoomAsync(room, visitor);

        Assert.True(first.Created);
        Assert.False(resumed.Created);
        Assert.Equal(first.Chat.Id, resumed.Chat.Id);
        Assert.True(fresh.Created);
        Assert.NotEqual(first.Chat.Id, fresh.Chat.Id);
        Assert.Equal(ChatScope.Owned, first.Chat.Scope);
        Assert.Equal(_sim.Clock.Now, first.Chat.CreatedAt);
        Assert.False(first.Chat.IsEnded);
        var withResume = _sim.Requests.Snapshot().Where(request => request.Method == "POST" && request.Query.Contains("auto_resume=", StringComparison.Ordinal)).ToList();
        Assert.Single(withResume);
        Assert.Contains(_sim.UserId.ToString("D"), withResume[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_start_whose_answer_is_lost_is_reported_as_maybe_created_and_never_sent_again()
    {
        var (room, visitor) = QuietVisitor();
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var error = await Assert.ThrowsAsync<ChatStartUncertainException>(() => Chats().StartWithVisitorAsync(room, visitor));

        Assert.Contains("may have created", error.Message, StringComparison.Ordinal);
        Assert.Equal(GiosgErrorKind.Network, error.Failure.Kind);
        Assert.Equal(1, Posts("/chats"));
        Assert.DoesNotContain(_sim.Token, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_failure_on_a_start_is_not_retried()
    {
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, context =>
        {
            context.Response.StatusCode = 503;
            return Task.CompletedTask;
        });

        var error = await Assert.ThrowsAsync<ChatStartUncertainException>(() => Chats().StartEmptyAsync());

        Assert.Equal(GiosgErrorKind.ServerError, error.Failure.Kind);
        Assert.Equal(1, Posts("/chats"));
    }

    [Fact]
    public async Task A_users_view_of_a_visitors_chats_in_a_room_streams_from_001s_path()
    {
        var sample = _sim.Data.OwnedChats.First(chat => chat.VisitorId is not null);
        var handler = new CountingHandler();
        using var connection = SimulatorFixture.Connect(_sim, handler, _sim.UserId);

        var chats = await new GiosgClient(connection).Chats.List(new ChatListRequest { Scope = ChatScope.User, RoomId = sample.RoomId, VisitorId = sample.VisitorId }).ToListAsync();

        var expected = _sim.Data.OwnedChats.Where(chat => chat.RoomId == sample.RoomId && chat.VisitorId == sample.VisitorId).Select(chat => chat.Id);
        Assert.Equal(expected.Order(), chats.Select(chat => chat.Id).Order());
        Assert.All(handler.Requests, request => Assert.StartsWith($"/api/v5/users/{_sim.UserId:D}/rooms/{sample.RoomId:D}/visitors/{sample.VisitorId}/chats", request.Uri.PathAndQuery, StringComparison.Ordinal));
        Assert.All(chats, chat => Assert.Equal(ChatScope.User, chat.Scope));
    }
}
