using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Presences;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>004's presences, participations and current chats against the simulator, which records presences.</summary>
public sealed class PresencesTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 300, Seed = 23, PageSize = 20, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private GiosgClient Client() => new(SimulatorFixture.Connect(_sim, userId: _sim.UserId));

    private SimChat Open(int index) => _sim.Data.OwnedChats.Where(chat => !chat.IsEnded && !_sim.PresentUsers(chat.Id).Contains(_sim.UserId)).Skip(index).First();

    private SimUser Colleague(int index) => _sim.Data.Users.Where(user => user.Id != _sim.UserId).Skip(index).First();

    [Fact]
    public async Task Joining_records_the_presence_and_a_second_join_is_already_present()
    {
        var chat = Open(0);
        var client = Client();
        var before = _sim.PresentUsers(chat.Id).Count;

        var first = await client.Presences.AddAsync(chat.Id, null, exclusive: false);
        var second = await client.Presences.AddAsync(chat.Id, null, exclusive: false);

        Assert.Equal(PresenceChangeOutcome.Added, first.Outcome);
        Assert.Equal(PresenceChangeOutcome.AlreadyPresent, second.Outcome);
        Assert.Equal(_sim.UserId, _sim.PresentUsers(chat.Id)[^1]);
        Assert.Equal(before + 1, _sim.PresentUsers(chat.Id).Count);
        var listed = await client.Presences.List(chat.Id).ToListAsync();
        Assert.Equal(_sim.PresentUsers(chat.Id), listed.Select(presence => presence.UserId));
        Assert.All(listed, presence => Assert.Equal(chat.Id, presence.ChatId));
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Method == "POST" && request.Path.EndsWith($"/chats/{chat.Id:D}/presences", StringComparison.Ordinal) && request.StatusCode == 201);
    }

    [Fact]
    public async Task An_exclusive_join_to_a_chat_someone_has_joined_is_the_apis_400()
    {
        var chat = Open(1);
        var client = Client();
        await client.Presences.AddAsync(chat.Id, Colleague(0).Id, exclusive: false);

        var refused = await Assert.ThrowsAsync<GiosgApiException>(() => client.Presences.AddAsync(chat.Id, null, exclusive: true));

        Assert.Equal(GiosgErrorKind.BadRequest, refused.Kind);
        Assert.DoesNotContain(_sim.UserId, _sim.PresentUsers(chat.Id));
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Query == "?exclusive=true");
    }

    [Fact]
    public async Task Removing_a_presence_clears_it_and_removing_it_again_is_not_found()
    {
        var chat = Open(2);
        var client = Client();
        var stuck = Colleague(1).Id;
        await client.Presences.AddAsync(chat.Id, stuck, exclusive: false);

        var removed = await client.Presences.RemoveAsync(chat.Id, stuck);
        var again = await Assert.ThrowsAsync<GiosgApiException>(() => client.Presences.RemoveAsync(chat.Id, stuck));

        Assert.Equal(PresenceChangeOutcome.Removed, removed.Outcome);
        Assert.DoesNotContain(stuck, _sim.PresentUsers(chat.Id));
        Assert.Equal(GiosgErrorKind.NotFound, again.Kind);
    }

    [Fact]
    public async Task A_join_whose_answer_was_lost_is_repeated_once_and_reported_added()
    {
        var chat = Open(3);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST" && request.Path.Value!.EndsWith("/presences", StringComparison.Ordinal), 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var change = await Client().Presences.AddAsync(chat.Id, null, exclusive: false);

        Assert.Equal(PresenceChangeOutcome.Added, change.Outcome);
        Assert.Equal(2, _sim.Requests.Snapshot().Count(request => request.Method == "POST"));
        Assert.Single(_sim.PresentUsers(chat.Id), user => user == _sim.UserId);
    }

    [Fact]
    public async Task A_leave_whose_answer_was_lost_is_reported_removed()
    {
        var chat = Open(4);
        var client = Client();
        await client.Presences.AddAsync(chat.Id, null, exclusive: false);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "DELETE", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var change = await client.Presences.RemoveAsync(chat.Id, null);

        Assert.Equal(PresenceChangeOutcome.Removed, change.Outcome);
        Assert.DoesNotContain(_sim.UserId, _sim.PresentUsers(chat.Id));
    }

    [Fact]
    public async Task Current_chats_are_the_chats_the_user_is_present_in_and_follow_joins_and_leaves()
    {
        var client = Client();
        var operatorId = Colleague(2).Id;
        var (joined, left) = (Open(5), Open(6));
        await client.Presences.AddAsync(joined.Id, operatorId, exclusive: false);
        await client.Presences.AddAsync(left.Id, operatorId, exclusive: false);
        await client.Presences.RemoveAsync(left.Id, operatorId);

        var current = await client.Chats.List(new ChatListRequest { Current = true, UserId = operatorId }).ToListAsync();

        var expected = _sim.Data.Chats.Where(chat => _sim.PresentUsers(chat.Id).Contains(operatorId)).Select(chat => chat.Id).ToHashSet();
        Assert.Equal(expected, current.Select(chat => chat.Id).ToHashSet());
        Assert.Contains(joined.Id, expected);
        Assert.DoesNotContain(left.Id, expected);
        Assert.All(current, chat => Assert.Equal((ChatScope.Routed, (Guid?)operatorId), (chat.Scope, chat.UserId)));
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Path == $"/api/v5/orgs/{_sim.OrganizationId:D}/users/{operatorId:D}/current_chats");
    }

    [Fact]
    public void Current_cannot_be_combined_with_pending_or_a_scope()
    {
        var client = Client();

        Assert.Throws<ArgumentException>(() => client.Chats.List(new ChatListRequest { Current = true, Pending = true }));
        Assert.Throws<ArgumentException>(() => client.Chats.List(new ChatListRequest { Current = true, Scope = ChatScope.Owned }));
    }

    [Fact]
    public async Task Participations_are_the_visitor_and_the_users_who_wrote()
    {
        var chat = _sim.Data.OwnedChats.First(candidate => candidate.UserMessageCount > 0 && candidate.VisitorMessageCount > 0);

        var participations = await Client().Presences.ListParticipations(chat.Id, null).ToListAsync();

        Assert.Contains(participations, participation => participation is { Type: "visitor" } && participation.Id == chat.VisitorId);
        Assert.Contains(participations, participation => participation.Type == "user" && chat.UserMembers.Any(user => user.Id.ToString("D") == participation.Id));
        Assert.All(participations, participation => Assert.Equal(chat.Id, participation.ChatId));
    }

    [Fact]
    public async Task Participations_of_an_unknown_chat_are_not_found()
    {
        var missing = await Assert.ThrowsAsync<GiosgApiException>(async () => await Client().Presences.ListParticipations(Guid.NewGuid(), null).ToListAsync());

        Assert.Equal(GiosgErrorKind.NotFound, missing.Kind);
    }

    [Fact]
    public async Task Without_any_operator_joining_is_refused_before_any_request()
    {
        using var connection = SimulatorFixture.Connect(_sim);

        await Assert.ThrowsAsync<ArgumentException>(() => new GiosgClient(connection).Presences.AddAsync(Open(0).Id, null, exclusive: false));
        Assert.Equal(0, _sim.Requests.Count);
    }
}
