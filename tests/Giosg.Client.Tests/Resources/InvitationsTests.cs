using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Invitations;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>001's chat invitations against the simulator, which records them.</summary>
public sealed class InvitationsTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 300, Seed = 29, PageSize = 20, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private GiosgClient Client() => new(SimulatorFixture.Connect(_sim, userId: _sim.UserId, retry: SimulatorFixture.FastRetries));

    private async Task<Chat> OpenMemberChatAsync(int index) =>
        await Client().Chats.List(new ChatListRequest { Scope = ChatScope.User, IsEnded = false }).Skip(index).FirstAsync();

    private SimUser Colleague(int index) => _sim.Data.Users.Where(user => user.Id != _sim.UserId).Skip(index).First();

    [Fact]
    public async Task Sending_records_the_invitation_and_sending_again_returns_the_pending_one()
    {
        var chat = await OpenMemberChatAsync(0);
        var client = Client();

        var first = await client.Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null);
        var again = await client.Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null);

        Assert.False(first.AlreadyPending);
        Assert.True(again.AlreadyPending);
        Assert.Equal(first.Invitation.Id, again.Invitation.Id);
        var recorded = Assert.Single(_sim.Invitations);
        Assert.Equal((first.Invitation.Id, chat.Id, (Guid?)Colleague(0).Id), (recorded.Id, recorded.Chat.Id, recorded.InvitedUserId));
        Assert.Equal((InvitationState.Pending, InvitationDirection.Outgoing, _sim.UserId), (first.Invitation.State, first.Invitation.Direction, first.Invitation.UserId));
    }

    [Fact]
    public async Task Outgoing_invitations_are_listed_per_chat_and_across_open_chats_with_the_state_filter()
    {
        var client = Client();
        var (one, two) = (await OpenMemberChatAsync(0), await OpenMemberChatAsync(1));
        var expired = (await client.Invitations.SendAsync(one.Id, InviteeKind.User, Colleague(0).Id, null)).Invitation;
        await client.Invitations.SendAsync(two.Id, InviteeKind.User, Colleague(1).Id, null);
        await client.Invitations.AnswerAsync(expired.Id, InvitationAnswer.Expired, one.Id, null);

        var ofOne = await client.Invitations.ListOutgoing(one.Id, null).ToListAsync();
        var pending = await client.Invitations.ListOutgoingOfOpenChats(null, InvitationState.Pending).ToListAsync();
        var allExpired = await client.Invitations.ListOutgoingOfOpenChats(null, InvitationState.Expired).ToListAsync();

        Assert.Equal(InvitationState.Expired, Assert.Single(ofOne).State);
        Assert.Equal(two.Id, Assert.Single(pending).ChatId);
        Assert.Equal(expired.Id, Assert.Single(allExpired).Id);
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Query == "?is_accepted=false");
    }

    [Fact]
    public async Task Expiring_twice_is_the_apis_400_and_an_unknown_invitation_is_not_found()
    {
        var chat = await OpenMemberChatAsync(0);
        var client = Client();
        var sent = (await client.Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null)).Invitation;

        var expired = await client.Invitations.AnswerAsync(sent.Id, InvitationAnswer.Expired, chat.Id, null);
        var twice = await Assert.ThrowsAsync<GiosgApiException>(() => client.Invitations.AnswerAsync(sent.Id, InvitationAnswer.Expired, chat.Id, null));
        var unknown = await Assert.ThrowsAsync<GiosgApiException>(() => client.Invitations.AnswerAsync(Guid.NewGuid(), InvitationAnswer.Expired, chat.Id, null));

        Assert.Equal(InvitationState.Expired, expired.State);
        Assert.NotNull(expired.ExpiredAt);
        Assert.Equal(GiosgErrorKind.BadRequest, twice.Kind);
        Assert.Equal(GiosgErrorKind.NotFound, unknown.Kind);
        Assert.True(_sim.Invitations.Single().IsExpired);
    }

    [Fact]
    public async Task An_incoming_invitation_is_accepted_or_declined()
    {
        var client = Client();
        var (one, two) = (await OpenMemberChatAsync(0), await OpenMemberChatAsync(1));
        await client.Invitations.SendAsync(one.Id, InviteeKind.User, _sim.UserId, null);
        await client.Invitations.SendAsync(two.Id, InviteeKind.User, _sim.UserId, null);
        var incoming = await client.Invitations.ListIncoming(null, InvitationState.Pending).ToListAsync();

        var accepted = await client.Invitations.AnswerAsync(incoming[0].Id, InvitationAnswer.Accepted, null, null);
        var declined = await client.Invitations.AnswerAsync(incoming[1].Id, InvitationAnswer.Declined, null, null);
        var late = await Assert.ThrowsAsync<GiosgApiException>(() => client.Invitations.AnswerAsync(incoming[0].Id, InvitationAnswer.Declined, null, null));

        Assert.All(incoming, invitation => Assert.Equal(InvitationDirection.Incoming, invitation.Direction));
        Assert.Equal((InvitationState.Accepted, (Guid?)_sim.UserId), (accepted.State, accepted.AcceptedByUserId));
        Assert.Equal(InvitationState.Expired, declined.State);
        Assert.Equal(GiosgErrorKind.BadRequest, late.Kind);
        Assert.Empty(await client.Invitations.ListIncoming(null, InvitationState.Pending).ToListAsync());
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Method == "PATCH" && request.Path == $"/api/v5/users/{_sim.UserId:D}/incoming_chat_invitations/{incoming[0].Id:D}");
    }

    [Fact]
    public async Task Inviting_without_an_invitee_the_simulator_knows_is_not_found_and_a_non_member_chat_too()
    {
        var client = Client();
        var chat = await OpenMemberChatAsync(0);
        var notMember = _sim.Data.OwnedChats.First(candidate => candidate.UserMembers.All(user => user.Id != _sim.UserId));

        var team = await Assert.ThrowsAsync<GiosgApiException>(() => client.Invitations.SendAsync(chat.Id, InviteeKind.Team, Guid.NewGuid(), null));
        var outside = await Assert.ThrowsAsync<GiosgApiException>(() => client.Invitations.SendAsync(notMember.Id, InviteeKind.User, Colleague(0).Id, null));

        Assert.Equal(GiosgErrorKind.NotFound, team.Kind);
        Assert.Equal(GiosgErrorKind.NotFound, outside.Kind);
        Assert.Empty(_sim.Invitations);
    }

    [Fact]
    public async Task Sending_is_never_repeated_when_the_answer_is_lost()
    {
        var chat = await OpenMemberChatAsync(0);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "POST", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var lost = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null));

        Assert.Equal(GiosgErrorKind.Network, lost.Kind);
        Assert.Equal(1, _sim.Requests.Snapshot().Count(request => request.Method == "POST"));
        Assert.Single(_sim.Invitations);
    }

    [Fact]
    public async Task An_expiry_whose_answer_was_lost_is_reported_expired_not_as_the_repeats_400()
    {
        var chat = await OpenMemberChatAsync(0);
        var client = Client();
        var sent = (await client.Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null)).Invitation;
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => request.Method == "PATCH", 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var expired = await client.Invitations.AnswerAsync(sent.Id, InvitationAnswer.Expired, chat.Id, null);

        Assert.Equal(InvitationState.Expired, expired.State);
        Assert.Equal(2, _sim.Requests.Snapshot().Count(request => request.Method == "PATCH"));
    }

    [Fact]
    public async Task An_invitation_to_a_chat_that_ends_reads_expired()
    {
        var chat = await OpenMemberChatAsync(0);
        var client = Client();
        await client.Invitations.SendAsync(chat.Id, InviteeKind.User, Colleague(0).Id, null);

        _sim.Data.EndChat(chat.Id);

        Assert.Equal(InvitationState.Expired, Assert.Single(await client.Invitations.ListOutgoing(chat.Id, null).ToListAsync()).State);
    }
}
