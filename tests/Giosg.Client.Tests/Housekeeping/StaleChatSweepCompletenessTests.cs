using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;
using Giosg.Simulator;
using Giosg.Simulator.Paging;
using Giosg.Testing;

namespace Giosg.Client.Tests.Housekeeping;

/// <summary>One run is complete and exact whatever the cursors are and whoever else ends chats meanwhile.</summary>
public sealed class StaleChatSweepCompletenessTests : IAsyncLifetime
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private GiosgSimulator _sim = null!;

    public static TheoryData<CursorMode> CursorModes => new() { CursorMode.Keys, CursorMode.Offsets };

    private DateTimeOffset Now => _sim.Clock.Now;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 900, Seed = 5, PageSize = 25, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private HashSet<Guid> StaleExternalIds() =>
        [.. _sim.Data.OwnedChats.Where(chat => chat.ChatType == "external" && !chat.IsEnded && Now - chat.UpdatedAt > Week).Select(chat => chat.Id)];

    private StaleChatSweepSummary Sweep(RecordingSweepObserver observer, Func<StaleChatSweepRequest, StaleChatSweepRequest>? change = null, SweepHooks? hooks = null)
    {
        using var connection = SimulatorFixture.Connect(_sim);
        var request = new StaleChatSweepRequest { IdleFor = Week, ChatTypes = [ChatTypes.External], ThrottleLimit = 4, AsOf = Now };
        var sweep = new StaleChatSweep(new GiosgClient(connection), change?.Invoke(request) ?? request) { Hooks = hooks ?? SweepHooks.None };
        return sweep.Run(observer);
    }

    private HashSet<Guid> Patched() =>
        [.. _sim.Requests.Snapshot().Where(request => request.Method == "PATCH").Select(request => Guid.Parse(request.Path[(request.Path.LastIndexOf('/') + 1)..]))];

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void With_churn_one_run_ends_every_chat_stale_at_the_start_and_still_open_and_nothing_else(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var stale = StaleExternalIds();
        var openBefore = _sim.Data.OwnedChats.Where(chat => !chat.IsEnded).Select(chat => chat.Id).ToHashSet();
        _sim.Listing.SetChurn(perPage: 2, total: 10);
        var observer = new RecordingSweepObserver();

        var summary = Sweep(observer);

        Assert.Equal(0, _sim.Listing.ChurnLeft);
        Assert.True(summary.Converged);
        Assert.All(stale, id => Assert.True(_sim.Data.FindChat(id)!.IsEnded, $"stale chat {id} was left open"));
        var patched = Patched();
        Assert.Subset(stale, patched);
        Assert.True(openBefore.Where(id => !stale.Contains(id)).Count(id => _sim.Data.FindChat(id)!.IsEnded) <= 10, "only churn ended chats that were not stale");
        Assert.Equal(patched.Count, summary.EndRequests);
        Assert.Equal(patched.Count, observer.Results.Count(result => result.EndRequestSent));
        Assert.Equal(observer.Results.Count, observer.Results.Select(result => result.ChatId).Distinct().Count());
    }

    [Fact]
    public void Offset_cursors_with_churn_do_skip_chats_in_a_single_listing_so_the_confirming_pass_matters()
    {
        // The hazard itself: one listing under offset cursors and churn misses stale chats.
        _sim.Listing.Cursors = CursorMode.Offsets;
        _sim.Listing.SetChurn(perPage: 2, total: 10);
        var stale = StaleExternalIds();
        using var connection = SimulatorFixture.Connect(_sim);

        var listed = new GiosgClient(connection).Chats.List(new ChatListRequest { IsEnded = false, ChatTypes = [ChatTypes.External] })
            .ToBlockingEnumerable().Select(chat => chat.Id).ToHashSet();

        Assert.Contains(stale, id => !listed.Contains(id) && !_sim.Data.FindChat(id)!.IsEnded);
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void Declines_are_reported_as_declined_and_do_not_count_toward_MaxCount(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var answers = 0;
        var observer = new RecordingSweepObserver { Decide = _ => answers++ % 2 == 0 ? SweepApproval.Declined : SweepApproval.End };

        var summary = Sweep(observer, request => request with { MaxCount = 3, ThrottleLimit = 1 });

        Assert.Equal(3, summary.Ended);
        Assert.Equal(3, summary.Declined);
        Assert.Equal(3, Patched().Count);
        Assert.Equal(3, observer.Results.Count(result => result.Outcome == StaleChatOutcome.Declined));
        Assert.DoesNotContain(observer.Results, result => result.Outcome == StaleChatOutcome.WouldEnd);
        Assert.All(observer.Results.Where(result => result.Outcome == StaleChatOutcome.Declined), result => Assert.False(_sim.Data.FindChat(result.ChatId)!.IsEnded));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_keep_open_tag_added_after_the_listing_is_honoured(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var stale = StaleExternalIds();
        var keep = _sim.Data.OwnedChats.Last(chat => stale.Contains(chat.Id));
        using var connection = SimulatorFixture.Connect(_sim);
        var tagger = new GiosgClient(connection);
        var hooks = new OnceAt(SweepPoint.Dispatching, () => tagger.Tags.AddAsync(new ChatReference(keep.Id), "keep-open").GetAwaiter().GetResult());
        var observer = new RecordingSweepObserver();

        Sweep(observer, request => request with { ExcludeTags = ["keep-open"], ThrottleLimit = 1 }, hooks);

        var result = Assert.Single(observer.Results, result => result.ChatId == keep.Id);
        Assert.Equal(StaleChatOutcome.Skipped, result.Outcome);
        Assert.Contains("keep-open", result.Reason, StringComparison.Ordinal);
        Assert.False(keep.IsEnded);
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_400_for_a_chat_ended_between_re_read_and_end_is_skipped_as_ended_meanwhile(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        _sim.Listing.RefuseRepeatedEnd = true;
        Guid? victim = null;
        _sim.Faults = new DelegateFaultInjector(context =>
        {
            // Someone else ends the first chat the sweep is about to end, after its re-read.
            if (context.Request.Method == "PATCH" && victim is null)
            {
                var path = context.Request.Path.Value!;
                victim = Guid.Parse(path[(path.LastIndexOf('/') + 1)..]);
                _sim.Data.EndChat(victim.Value);
            }

            return ValueTask.FromResult(false);
        });
        var observer = new RecordingSweepObserver();

        var summary = Sweep(observer, request => request with { ThrottleLimit = 1 });

        var result = Assert.Single(observer.Results, result => result.ChatId == victim);
        Assert.Equal(StaleChatOutcome.Skipped, result.Outcome);
        Assert.True(result.EndRequestSent);
        Assert.Contains("Ended meanwhile", result.Reason, StringComparison.Ordinal);
        Assert.Equal(0, summary.Failed);
        Assert.Contains(_sim.Requests.Snapshot(), request => request.Method == "PATCH" && request.StatusCode == 400);
    }

    [Fact]
    public async Task Ending_an_ended_chat_that_the_API_refuses_with_400_is_already_ended_not_an_error()
    {
        _sim.Listing.RefuseRepeatedEnd = true;
        var ended = _sim.Data.OwnedChats.First(chat => chat.IsEnded);
        var open = _sim.Data.OwnedChats.First(chat => !chat.IsEnded && chat.ChatType == "external");
        using var connection = SimulatorFixture.Connect(_sim);
        var chats = new GiosgClient(connection).Chats;

        var again = await chats.EndOrFindEndedAsync(new ChatReference(ended.Id));
        var first = await chats.EndOrFindEndedAsync(new ChatReference(open.Id));

        Assert.True(again.AlreadyEnded);
        Assert.True(again.Chat.IsEnded);
        Assert.False(first.AlreadyEnded);
        Assert.True(open.IsEnded);
    }

    [Fact]
    public async Task A_400_on_an_open_chat_stays_an_error()
    {
        var open = _sim.Data.OwnedChats.First(chat => !chat.IsEnded && chat.ChatType == "external");
        _sim.Faults = DelegateFaultInjector.Respond(request => request.Method == "PATCH", 400);
        using var connection = SimulatorFixture.Connect(_sim);

        var refused = await Assert.ThrowsAsync<Errors.GiosgApiException>(() => new GiosgClient(connection).Chats.EndOrFindEndedAsync(new ChatReference(open.Id)));

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.False(open.IsEnded);
    }

    /// <summary>Runs an action the first time the sweep reaches a point.</summary>
    private sealed class OnceAt(SweepPoint point, Action action) : SweepHooks
    {
        private int _done;

        public override ValueTask At(SweepPoint reached)
        {
            if (reached == point && Interlocked.Exchange(ref _done, 1) == 0)
            {
                action();
            }

            return default;
        }
    }
}
