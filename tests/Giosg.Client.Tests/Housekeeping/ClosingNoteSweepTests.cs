using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Housekeeping;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Housekeeping;

/// <summary>Close-GiosgStaleChat -Message: join, post, then end; a note that fails leaves the chat open unless asked otherwise.</summary>
public sealed class ClosingNoteSweepTests : IAsyncLifetime
{
    private const string Note = "This conversation was closed after a week without activity.";
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 600, Seed = 21, PageSize = 50, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private HashSet<Guid> StaleExternal() =>
        [.. _sim.Data.OwnedChats.Where(chat => chat.ChatType == "external" && !chat.IsEnded && _sim.Clock.Now - chat.UpdatedAt > Week).Select(chat => chat.Id)];

    private (StaleChatSweepSummary Summary, RecordingSweepObserver Observer) Sweep(bool endAnyway = false, bool approve = true, Guid? userId = null)
    {
        var observer = new RecordingSweepObserver(approve);
        using var connection = SimulatorFixture.Connect(_sim, userId: userId ?? _sim.UserId);
        var request = new StaleChatSweepRequest { IdleFor = Week, ChatTypes = [ChatTypes.External], Message = Note, EndEvenIfMessageFails = endAnyway, AsOf = _sim.Clock.Now };
        return (new StaleChatSweep(new GiosgClient(connection), request).Run(observer), observer);
    }

    private int Requests(string method, string pathPart) =>
        _sim.Requests.Snapshot().Count(request => request.Method == method && request.Path.Contains(pathPart, StringComparison.Ordinal));

    [Fact]
    public void Each_stale_chat_gets_the_note_from_a_member_and_is_then_ended()
    {
        var stale = StaleExternal();
        Assert.NotEmpty(stale);

        var (summary, observer) = Sweep();

        Assert.Equal(stale.Count, summary.Ended);
        Assert.All(observer.Results, result => Assert.Equal((StaleChatOutcome.Ended, ClosingNoteOutcome.Posted), (result.Outcome, result.ClosingNote)));
        var sent = _sim.Activity.SentMessages;
        Assert.Equal(stale.Order(), sent.Select(message => message.ChatId).Order());
        Assert.All(sent, message => Assert.Equal((Note, _sim.UserId), (message.Text, message.UserId)));
        Assert.All(stale, id => Assert.True(_sim.Data.FindChat(id)!.IsEnded));
        Assert.Equal(stale.Count, Requests("POST", "/memberships"));
        Assert.All(observer.Results, result => Assert.Contains("Closing note posted", result.Reason, StringComparison.Ordinal));
    }

    [Fact]
    public void A_dry_run_posts_nothing_and_joins_nothing()
    {
        var (summary, _) = Sweep(approve: false);

        Assert.True(summary.WouldEnd > 0);
        Assert.Empty(_sim.Activity.SentMessages);
        Assert.Empty(_sim.Activity.MembershipChanges);
        Assert.Equal(0, Requests("POST", "/"));
    }

    [Fact]
    public void A_note_the_api_refuses_leaves_the_chat_open_reports_it_failed_and_leaves_the_membership()
    {
        var stale = StaleExternal();
        _sim.Faults = DelegateFaultInjector.Respond(request => request.Method == "POST" && request.Path.Value!.EndsWith("/messages", StringComparison.Ordinal), 500);

        var (summary, observer) = Sweep();

        Assert.Equal((0, stale.Count, 0L), (summary.Ended, (int)summary.Failed, summary.EndRequests));
        Assert.All(observer.Results, result =>
        {
            Assert.Equal((StaleChatOutcome.Failed, ClosingNoteOutcome.Failed), (result.Outcome, result.ClosingNote));
            Assert.Contains("left open", result.Reason, StringComparison.Ordinal);
            Assert.IsType<GiosgApiException>(result.Error);
        });
        Assert.All(stale, id => Assert.False(_sim.Data.FindChat(id)!.IsEnded));
        Assert.Equal(stale.Count, Requests("POST", "/messages"));
        // Only memberships the sweep created are left again; a user who was a member already stays as they were.
        var created = _sim.Activity.MembershipChanges.Where(change => change.Created).Select(change => change.ChatId).ToHashSet();
        Assert.True(created.Count > 0 && created.IsSubsetOf(stale));
        Assert.Equal(created.Count, Requests("PUT", "/chat_memberships/"));
        Assert.All(created, id => Assert.False(_sim.Activity.MembershipChanges.Last(change => change.ChatId == id).IsParticipating));
    }

    [Fact]
    public void With_EndEvenIfMessageFails_a_chat_whose_note_failed_is_ended_and_says_so()
    {
        var stale = StaleExternal();
        _sim.Faults = DelegateFaultInjector.Respond(request => request.Method == "POST" && request.Path.Value!.EndsWith("/messages", StringComparison.Ordinal), 500);

        var (summary, observer) = Sweep(endAnyway: true);

        Assert.Equal(stale.Count, summary.Ended);
        Assert.All(observer.Results, result =>
        {
            Assert.Equal((StaleChatOutcome.Ended, ClosingNoteOutcome.Failed), (result.Outcome, result.ClosingNote));
            Assert.Contains("could not be posted", result.Reason, StringComparison.Ordinal);
        });
        Assert.Equal(0, Requests("PUT", "/chat_memberships/"));
    }

    [Fact]
    public void A_chat_that_ends_between_the_re_read_and_the_note_is_skipped_not_failed()
    {
        var victim = StaleExternal().First();
        _sim.Faults = new DelegateFaultInjector(context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path.Value!.Contains(victim.ToString("D"), StringComparison.Ordinal) && context.Request.Path.Value.EndsWith("/memberships", StringComparison.Ordinal))
            {
                _sim.Data.EndChat(victim);
            }

            return ValueTask.FromResult(false);
        });

        var (_, observer) = Sweep();

        var result = Assert.Single(observer.Results, result => result.ChatId == victim);
        Assert.Equal(StaleChatOutcome.Skipped, result.Outcome);
        Assert.Contains("Ended meanwhile", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(_sim.Activity.SentMessages, message => message.ChatId == victim);
    }

    [Fact]
    public void A_note_without_a_user_to_post_as_is_refused_before_any_request()
    {
        using var connection = SimulatorFixture.Connect(_sim);
        var request = new StaleChatSweepRequest { IdleFor = Week, Message = Note };

        var error = Assert.Throws<ArgumentException>(() => new StaleChatSweep(new GiosgClient(connection), request));

        Assert.Contains("-UserId", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, _sim.Requests.Count);
    }
}
