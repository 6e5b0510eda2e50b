using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Memberships;
using Giosg.Client.Messages;
using Giosg.Simulator;
using Giosg.Simulator.Readings;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resources;

/// <summary>Sending messages, joining chats and changing memberships against the simulator (001).</summary>
public sealed class ConversationWritesTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;
    private int _next;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 600, Seed = 31, PageSize = 50, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private GiosgClient Client() => new(SimulatorFixture.Connect(_sim, userId: _sim.UserId));

    /// <summary>An open owned chat the token's user is no member of, a new one per call.</summary>
    private SimChat Fresh() =>
        _sim.Data.OwnedChats.Where(chat => !chat.IsEnded && !chat.UserMembers.Any(user => user.Id == _sim.UserId)).Skip(_next++).First();

    private int Posts(string pathEnd) => _sim.Requests.Snapshot().Count(request => request.Method == "POST" && request.Path.EndsWith(pathEnd, StringComparison.Ordinal));

    [Fact]
    public async Task A_member_sends_a_message_once_and_the_chat_lists_the_join_then_the_message()
    {
        var chat = Fresh();
        var client = Client();
        var reference = new ChatReference(chat.Id);

        var joined = await client.Memberships.JoinAsync(reference, JoinRoute.Organization);
        var sent = await client.Messages.SendAsync(reference, new ChatMessageDraft { Message = "Hello from the test" });

        Assert.Equal(MembershipOutcome.Joined, joined.Outcome);
        Assert.Equal(("msg", "Hello from the test", _sim.UserId.ToString()), (sent.Type, sent.Message, sent.SenderId));
        Assert.Equal("Hello from the test", Assert.Single(_sim.Activity.SentMessages, message => message.ChatId == chat.Id).Text);
        var newest = await client.Messages.List(reference).Take(2).ToListAsync();
        Assert.Equal(["msg", "join"], newest.Select(message => message.Type));
        Assert.Equal(1, Posts("/messages"));
    }

    [Fact]
    public async Task A_user_who_is_no_member_cannot_send_and_is_told_to_join_first()
    {
        var chat = Fresh();

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Hi" }));

        Assert.Equal(GiosgErrorKind.NotFound, error.Kind);
        Assert.Contains("member", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_sim.Activity.SentMessages, message => message.ChatId == chat.Id);
    }

    [Fact]
    public async Task The_apis_409_for_an_ended_chat_is_ChatEnded_and_nothing_is_stored()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Data.EndChat(chat.Id);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Too late" }));

        Assert.Equal(GiosgErrorKind.ChatEnded, error.Kind);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, error.StatusCode);
        Assert.DoesNotContain(_sim.Activity.SentMessages, message => message.ChatId == chat.Id);
    }

    [Fact]
    public async Task Buttons_and_links_travel_as_a_generic_attachment()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        var draft = new ChatMessageDraft
        {
            Message = "Did this help?",
            Attachments =
            [
                new MessageAttachment
                {
                    Title = "Survey",
                    TitleLinkUrl = "https://www.example.com/survey",
                    Actions = [new AttachmentAction { Text = "Yes", Type = "button", Value = "yes", IsDisabledOnSelection = true }, new AttachmentAction { Text = "Contact", Type = "link_button", Value = "#contact" }],
                },
            ],
        };

        var sent = await client.Messages.SendAsync(new ChatReference(chat.Id), draft);

        Assert.Equal("generic", sent.AttachmentTemplate);
        var attachment = Assert.Single(sent.Attachments);
        Assert.Equal(("Survey", "https://www.example.com/survey"), (attachment.Title, attachment.TitleLinkUrl));
        Assert.Equal(["yes", "#contact"], attachment.Actions.Select(action => action.Value));
        Assert.True(attachment.Actions[0].IsDisabledOnSelection);
        Assert.Contains("\"link_button\"", Assert.Single(_sim.Activity.SentMessages, message => message.ChatId == chat.Id).AttachmentsJson, StringComparison.Ordinal);
    }

    public static TheoryData<string, ChatMessageDraft> BadDrafts() => new()
    {
        { "empty", new ChatMessageDraft { Message = " " } },
        { "2001 characters", new ChatMessageDraft { Message = new string('x', 2001) } },
        { "a generic attachment with nothing in it", new ChatMessageDraft { Message = "x", Attachments = [new MessageAttachment { LinkTarget = "_blank" }] } },
        { "a button without a value", new ChatMessageDraft { Message = "x", Attachments = [new MessageAttachment { Actions = [new AttachmentAction { Text = "Yes", Type = "button" }] }] } },
        { "a button of an unknown type", new ChatMessageDraft { Message = "x", Attachments = [new MessageAttachment { Actions = [new AttachmentAction { Text = "Yes", Type = "switch", Value = "y" }] }] } },
        { "an interaction without its id", new ChatMessageDraft { Message = "x", AttachmentTemplate = "interaction", Attachments = [new MessageAttachment { Title = "Form" }] } },
        { "an unknown template", new ChatMessageDraft { Message = "x", AttachmentTemplate = "carousel" } },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task A_message_that_breaks_001s_rules_is_refused_before_any_request(string what, ChatMessageDraft draft)
    {
        var before = _sim.Requests.Count;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client().Messages.SendAsync(new ChatReference(Fresh().Id), draft));

        Assert.False(string.IsNullOrWhiteSpace(error.Message), what);
        Assert.Equal(before, _sim.Requests.Count);
    }

    [Fact]
    public async Task Joining_through_the_organization_twice_is_joined_then_already_a_member()
    {
        var chat = Fresh();
        var client = Client();

        var first = await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        var second = await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);

        Assert.Equal((MembershipOutcome.Joined, MembershipOutcome.AlreadyMember), (first.Outcome, second.Outcome));
        Assert.True(second.Membership?.IsParticipating);
        Assert.Equal([true, false], _sim.Activity.MembershipChanges.Where(change => change.ChatId == chat.Id).Select(change => change.Created));
        var members = await client.Memberships.List(new ChatReference(chat.Id)).ToListAsync();
        Assert.Contains(members, member => member.MemberId == _sim.UserId.ToString() && member.IsParticipating);
    }

    [Fact]
    public async Task A_user_joins_a_routed_chat_through_their_own_routed_chats()
    {
        var chat = Fresh();

        var joined = await Client().Memberships.JoinAsync(new ChatReference(chat.Id, ChatScope.Routed), JoinRoute.UserRouted);

        Assert.Equal(MembershipOutcome.Joined, joined.Outcome);
        Assert.Equal(1, Posts($"/users/{_sim.UserId:D}/routed_chats/{chat.Id:D}/memberships"));
    }

    [Fact]
    public async Task A_pending_chat_is_taken_once_and_then_is_no_longer_pending()
    {
        var pending = _sim.Data.Chats.First(chat => chat.IsPending && chat.UserMembers.All(user => user.Id != _sim.UserId));
        var client = Client();

        var taken = await client.Memberships.JoinAsync(new ChatReference(pending.Id, ChatScope.Routed), JoinRoute.UserPending);
        var again = await Assert.ThrowsAsync<GiosgApiException>(() => client.Memberships.JoinAsync(new ChatReference(pending.Id, ChatScope.Routed), JoinRoute.UserPending));

        Assert.Equal(MembershipOutcome.Joined, taken.Outcome);
        Assert.False(pending.IsPending);
        Assert.Equal(GiosgErrorKind.NotFound, again.Kind);
    }

    [Fact]
    public async Task An_ended_chat_takes_no_new_member()
    {
        var chat = Fresh();
        _sim.Data.EndChat(chat.Id);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization));

        Assert.Equal(GiosgErrorKind.NotFound, error.Kind);
        Assert.DoesNotContain(_sim.Activity.MembershipChanges, change => change.ChatId == chat.Id);
    }

    /// <summary>001 shows no body for the membership PUT's 200: the change reads as applied with one or without (H4).</summary>
    public static TheoryData<ApiReadings> MembershipAnswers => new() { ApiReadings.None, ApiReadings.MembershipUpdateWithoutBody };

    [Theory]
    [MemberData(nameof(MembershipAnswers))]
    public async Task Leaving_shows_a_leave_event_and_the_users_memberships_filter_by_participation(ApiReadings readings)
    {
        _sim.Readings = readings;
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);

        var left = await client.Memberships.UpdateAsync(chat.Id, isParticipating: false);

        Assert.Equal(MembershipOutcome.Updated, left.Outcome);
        Assert.Equal(readings == ApiReadings.None, left.Membership is not null);
        Assert.False(left.Membership?.IsParticipating ?? false);
        Assert.Equal("leave", (await client.Messages.List(new ChatReference(chat.Id)).FirstAsync()).Type);
        Assert.Contains(chat.Id, await client.Memberships.ListForUser(isParticipating: false).Select(membership => membership.ChatId).ToListAsync());
        Assert.DoesNotContain(chat.Id, await client.Memberships.ListForUser(isParticipating: true).Select(membership => membership.ChatId).ToListAsync());
        Assert.All(await client.Memberships.ListForUser(isParticipating: true).ToListAsync(), membership => Assert.True(membership.IsParticipating));
    }

    [Fact]
    public async Task An_ended_chats_membership_cannot_change()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Data.EndChat(chat.Id);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Memberships.UpdateAsync(chat.Id, isParticipating: true));

        Assert.Equal(GiosgErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public async Task A_membership_update_is_refused_for_an_unknown_composing_status_before_any_request()
    {
        var before = _sim.Requests.Count;

        await Assert.ThrowsAsync<ArgumentException>(() => Client().Memberships.UpdateAsync(Fresh().Id, true, "thinking"));

        Assert.Equal(before, _sim.Requests.Count);
    }

    [Fact]
    public async Task A_users_chats_order_by_updated_at_and_split_by_participation()
    {
        var client = Client();
        var all = await client.Chats.List(new ChatListRequest { Scope = ChatScope.User }).Select(chat => chat.Id).ToListAsync();

        var byUpdate = await client.Chats.List(new ChatListRequest { Scope = ChatScope.User, OrderByUpdatedAt = true, Descending = true }).ToListAsync();
        var participating = await client.Chats.List(new ChatListRequest { Scope = ChatScope.User, IsParticipating = true }).Select(chat => chat.Id).ToListAsync();
        var others = await client.Chats.List(new ChatListRequest { Scope = ChatScope.User, IsParticipating = false }).Select(chat => chat.Id).ToListAsync();

        Assert.Equal(all.Order(), byUpdate.Select(chat => chat.Id).Order());
        Assert.Equal(byUpdate.Select(chat => chat.UpdatedAt).OrderDescending(), byUpdate.Select(chat => chat.UpdatedAt));
        Assert.NotEmpty(participating);
        Assert.NotEmpty(others);
        Assert.Empty(participating.Intersect(others));
        Assert.Equal(all.Order(), participating.Concat(others).Order());
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Query.Contains("ordering=-updated_at", StringComparison.Ordinal));
    }

    [Fact]
    public void Ordering_by_update_and_the_participation_filter_are_refused_outside_a_users_chats()
    {
        var chats = Client().Chats;

        Assert.Throws<ArgumentException>(() => chats.List(new ChatListRequest { Scope = ChatScope.Owned, OrderByUpdatedAt = true }));
        Assert.Throws<ArgumentException>(() => chats.List(new ChatListRequest { Scope = ChatScope.Routed, IsParticipating = true }));
    }
}
