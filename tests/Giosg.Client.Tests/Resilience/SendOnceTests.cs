using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.Housekeeping;
using Giosg.Client.Http;
using Giosg.Client.Memberships;
using Giosg.Client.Messages;
using Giosg.Client.Tests.Housekeeping;
using Giosg.Simulator;
using Giosg.Testing;
using Microsoft.AspNetCore.Http;

namespace Giosg.Client.Tests.Resilience;

/// <summary>Messages and joins are sent once: a broken connection after sending is "may have been sent", never a repeat.</summary>
public sealed class SendOnceTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;
    private int _next;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 3000, Seed = 6, PageSize = 100, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private GiosgClient Client(RetrySettings? retry = null) => new(SimulatorFixture.Connect(_sim, userId: _sim.UserId, retry: retry));

    private SimChat Fresh() =>
        _sim.Data.OwnedChats.Where(chat => !chat.IsEnded && chat.UserMembers.All(user => user.Id != _sim.UserId)).Skip(_next++).First();

    private static bool IsPost(HttpRequest request, string end) => request.Method == "POST" && request.Path.Value!.EndsWith(end, StringComparison.Ordinal);

    private List<LoggedRequest> Posts(Guid chatId, string end) =>
        [.. _sim.Requests.Snapshot().Where(request => request.Method == "POST" && request.Path.Contains(chatId.ToString("D"), StringComparison.Ordinal) && request.Path.EndsWith(end, StringComparison.Ordinal))];

    [Fact]
    public async Task A_message_applied_whose_answer_was_lost_may_have_been_sent_and_is_not_repeated()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => IsPost(request, "/messages"), 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Once" }));

        Assert.Equal(GiosgErrorKind.OutcomeUnknown, error.Kind);
        Assert.Contains("may have been sent", error.Message, StringComparison.Ordinal);
        Assert.Single(Posts(chat.Id, "/messages"));
        Assert.Single(_sim.Activity.SentMessages, message => message.ChatId == chat.Id);
    }

    [Fact]
    public async Task A_reset_before_any_answer_may_have_been_sent_too_and_is_not_repeated()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => IsPost(request, "/messages"), 1, DelegateFaultInjector.Reset);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Once" }));

        Assert.Equal(GiosgErrorKind.OutcomeUnknown, error.Kind);
        Assert.Single(Posts(chat.Id, "/messages"));
    }

    [Fact]
    public async Task A_message_whose_attempt_timed_out_may_have_been_sent_and_is_not_repeated()
    {
        var chat = Fresh();
        var client = Client(SimulatorFixture.FastRetries with { AttemptTimeout = TimeSpan.FromMilliseconds(300) });
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => IsPost(request, "/messages"), 1, DelegateFaultInjector.Slow(TimeSpan.FromSeconds(30)));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Slow" }));

        Assert.Equal(GiosgErrorKind.OutcomeUnknown, error.Kind);
        Assert.Single(Posts(chat.Id, "/messages"));
    }

    [Fact]
    public async Task A_transient_status_to_a_message_is_reported_not_retried()
    {
        var chat = Fresh();
        var client = Client();
        await client.Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization);
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => IsPost(request, "/messages"), 1, DelegateFaultInjector.Status(503));

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => client.Messages.SendAsync(new ChatReference(chat.Id), new ChatMessageDraft { Message = "Once" }));

        Assert.Equal(GiosgErrorKind.ServerError, error.Kind);
        Assert.Single(Posts(chat.Id, "/messages"));
    }

    [Fact]
    public async Task A_join_applied_whose_answer_was_lost_may_have_been_made_and_is_not_repeated()
    {
        var chat = Fresh();
        _sim.Faults = DelegateFaultInjector.FirstTimes(request => IsPost(request, "/memberships"), 1, FaultPlan.ApplyThenLoseAnswerAsync);

        var error = await Assert.ThrowsAsync<GiosgApiException>(() => Client().Memberships.JoinAsync(new ChatReference(chat.Id), JoinRoute.Organization));

        Assert.Equal(GiosgErrorKind.OutcomeUnknown, error.Kind);
        Assert.Single(Posts(chat.Id, "/memberships"));
        Assert.Single(_sim.Activity.MembershipChanges, change => change.ChatId == chat.Id);
    }

    /// <summary>
    /// The chaos test: a sweep with a closing note while a seeded share of the POSTs lose their answer
    /// (applied, then the connection drops) or are reset unanswered, on top of one request in ten failing
    /// transiently. No message and no join is ever sent twice, every chat is reported, a note whose answer
    /// was lost is "may have been posted", and only chats whose note was surely posted are ended.
    /// </summary>
    [Fact]
    public void Under_resets_a_sweep_with_a_note_never_repeats_a_post_and_reports_every_lost_answer_as_may_have_been_posted()
    {
        var week = TimeSpan.FromDays(7);
        var stale = _sim.Data.OwnedChats.Where(chat => chat.ChatType == "external" && !chat.IsEnded && _sim.Clock.Now - chat.UpdatedAt > week).Select(chat => chat.Id).ToHashSet();
        var transient = FaultPlan.MixedTransient(0.1, seed: 17);
        var random = new Random(17);
        var gate = new Lock();
        var lostMessages = new HashSet<Guid>();
        _sim.Faults = new DelegateFaultInjector(async context =>
        {
            var request = context.Request;
            if (request.Method == "POST" && (IsPost(request, "/messages") || IsPost(request, "/memberships")))
            {
                int draw;
                lock (gate)
                {
                    draw = random.Next(4);
                }

                if (draw == 0)
                {
                    await FaultPlan.ApplyThenLoseAnswerAsync(context);
                    return true;
                }

                if (draw == 1)
                {
                    context.Abort();
                    return true;
                }

                return false;
            }

            return await transient.TryHandleAsync(context);
        });
        var observer = new RecordingSweepObserver();
        var request = new StaleChatSweepRequest { IdleFor = week, ChatTypes = [ChatTypes.External], Message = "Closing this chat.", ThrottleLimit = 8, AsOf = _sim.Clock.Now };
        var retries = SimulatorFixture.FastRetries with { MaxRetries = 6, MaxRetryWait = TimeSpan.FromSeconds(20), AttemptTimeout = TimeSpan.FromMilliseconds(1500) };

        var summary = new StaleChatSweep(Client(retries), request).Run(observer);

        Assert.True(stale.Count > 20, $"the seed should give enough stale chats, got {stale.Count}");
        Assert.Equal(stale.Order(), observer.Results.Select(result => result.ChatId).Order());
        var log = _sim.Requests.Snapshot();
        foreach (var id in stale)
        {
            Assert.True(log.Count(entry => entry.Method == "POST" && entry.Path.EndsWith($"{id:D}/messages", StringComparison.Ordinal)) <= 1, $"chat {id}: a message was sent twice");
            Assert.True(log.Count(entry => entry.Method == "POST" && entry.Path.EndsWith($"{id:D}/memberships", StringComparison.Ordinal)) <= 1, $"chat {id}: a join was sent twice");
        }

        var uncertain = observer.Results.Where(result => result.ClosingNote == ClosingNoteOutcome.MayHaveBeenPosted).ToList();
        Assert.NotEmpty(uncertain);
        Assert.All(uncertain, result =>
        {
            Assert.Equal(StaleChatOutcome.Failed, result.Outcome);
            Assert.Equal(GiosgErrorKind.OutcomeUnknown, Assert.IsType<GiosgApiException>(result.Error).Kind);
            Assert.Contains("may have been posted", result.Reason, StringComparison.Ordinal);
            Assert.False(_sim.Data.FindChat(result.ChatId)!.IsEnded);
        });
        Assert.All(observer.Results.Where(result => result.Outcome == StaleChatOutcome.Ended), result =>
        {
            Assert.Equal(ClosingNoteOutcome.Posted, result.ClosingNote);
            Assert.Single(_sim.Activity.SentMessages, message => message.ChatId == result.ChatId);
        });
        Assert.True(summary.Ended > 0, summary.ToString());
        Assert.Equal(_sim.Activity.SentMessages.Count, _sim.Activity.SentMessages.Select(message => message.ChatId).Distinct().Count());
    }
}
