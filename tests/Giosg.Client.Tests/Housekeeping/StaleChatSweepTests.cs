using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;
using Giosg.Simulator;
using Giosg.Simulator.Paging;
using Giosg.Testing;

namespace Giosg.Client.Tests.Housekeeping;

/// <summary>The sweep against a fresh simulator per test: sweeps change what they sweep.</summary>
public sealed class StaleChatSweepTests : IAsyncLifetime
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private GiosgSimulator _sim = null!;

    private DateTimeOffset Now => _sim.Clock.Now;

    /// <summary>Every sweep test that ends chats runs against keyset cursors and against offset cursors.</summary>
    public static TheoryData<CursorMode> CursorModes => new() { CursorMode.Keys, CursorMode.Offsets };

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 600, Seed = 21, PageSize = 50, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private List<SimChat> StaleExternal(TimeSpan idleFor) =>
        [.. _sim.Data.OwnedChats.Where(chat => chat.ChatType == "external" && !chat.IsEnded && Now - chat.UpdatedAt > idleFor)];

    private StaleChatSweepSummary Sweep(StaleChatSweepRequest request, RecordingSweepObserver observer)
    {
        using var connection = SimulatorFixture.Connect(_sim);
        return new StaleChatSweep(new GiosgClient(connection), request with { AsOf = request.AsOf ?? Now }).Run(observer);
    }

    private static StaleChatSweepRequest External(TimeSpan idleFor) => new() { IdleFor = idleFor, ChatTypes = [ChatTypes.External] };

    private int Changes(string method) => _sim.Requests.Snapshot().Count(request => request.Method == method);

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void The_sweep_ends_exactly_the_stale_external_chats_and_nothing_else(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var stale = StaleExternal(Week).Select(chat => chat.Id).ToHashSet();
        var before = _sim.Data.Chats.ToDictionary(chat => chat.Id, chat => chat.IsEnded);
        Assert.True(stale.Count > 5, "the seeded org should have ghost chats");
        var observer = new RecordingSweepObserver();

        var summary = Sweep(External(Week), observer);

        Assert.Equal(stale.Count, summary.Ended);
        Assert.Equal(stale.Count, summary.Candidates);
        Assert.Equal(0, summary.Failed + summary.Skipped + summary.WouldEnd + summary.NotHandled);
        Assert.True(summary.Converged);
        Assert.Equal(2, summary.Passes);
        Assert.True(stale.SetEquals(observer.Results.Where(result => result.Outcome == StaleChatOutcome.Ended).Select(result => result.ChatId)));
        Assert.All(_sim.Data.Chats, chat => Assert.Equal(before[chat.Id] || stale.Contains(chat.Id), chat.IsEnded));
        Assert.True(observer.AllCallsOnTheDrivingThread);
        Assert.True(observer.ProgressReports > 0);
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_second_run_right_after_finds_nothing_to_end(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        Sweep(External(Week), new RecordingSweepObserver());
        var patchesAfterFirst = Changes("PATCH");

        var second = Sweep(External(Week), new RecordingSweepObserver());

        Assert.Equal(0, second.Candidates);
        Assert.Equal(0, second.Ended);
        Assert.Equal(patchesAfterFirst, Changes("PATCH"));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_chat_idle_exactly_the_threshold_is_not_stale(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var edge = StaleExternal(Week).OrderBy(chat => chat.UpdatedAt).Skip(2).First();
        var idleFor = Now - edge.UpdatedAt;
        var older = StaleExternal(idleFor);
        var observer = new RecordingSweepObserver();

        Sweep(External(idleFor), observer);

        Assert.False(edge.IsEnded);
        Assert.DoesNotContain(observer.Results, result => result.ChatId == edge.Id);
        Assert.All(older, chat => Assert.True(chat.IsEnded));
        Assert.Equal(2, older.Count);
    }

    [Fact]
    public void A_dry_run_reports_would_end_and_sends_no_change()
    {
        var stale = StaleExternal(Week);
        var observer = new RecordingSweepObserver(approve: false);

        var summary = Sweep(External(Week), observer);

        Assert.Equal(stale.Count, summary.WouldEnd);
        Assert.All(observer.Results, result => Assert.Equal(StaleChatOutcome.WouldEnd, result.Outcome));
        Assert.Equal(0, Changes("PATCH") + Changes("PUT") + Changes("POST") + Changes("DELETE"));
        Assert.All(stale, chat => Assert.False(chat.IsEnded));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void MaxCount_caps_the_end_requests_and_counts_the_leftovers_without_records(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var stale = StaleExternal(Week);
        var observer = new RecordingSweepObserver();

        var summary = Sweep(External(Week) with { MaxCount = 3, ThrottleLimit = 2 }, observer);

        Assert.Equal(3, summary.Ended);
        Assert.Equal(3, summary.EndRequests);
        Assert.True(summary.ReachedMaxCount);
        Assert.Equal(3, Changes("PATCH"));
        Assert.Equal(3, stale.Count(chat => chat.IsEnded));
        Assert.Equal(stale.Count - 3, summary.NotHandled);
        Assert.Equal(3, observer.Results.Count);
        Assert.Equal(1, summary.Passes);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task ThrottleLimit_bounds_the_requests_in_flight(int limit)
    {
        await _sim.DisposeAsync();
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 400, Seed = 21, PageSize = 50, Now = SimulatorFixture.Now, Latency = TimeSpan.FromMilliseconds(15) });

        var summary = Sweep(External(Week) with { ThrottleLimit = limit }, new RecordingSweepObserver());

        Assert.True(summary.Ended > limit);
        // The listing's one page request runs beside the workers.
        Assert.InRange(_sim.Requests.MaxInFlight, 1, limit + 1);
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_chat_ended_meanwhile_is_skipped_with_the_reason_and_not_ended_again(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var victim = StaleExternal(Week)[1];
        _sim.Faults = new DelegateFaultInjector(context =>
        {
            if (context.Request.Method == "GET" && context.Request.Path.Value!.EndsWith(victim.Id.ToString("D"), StringComparison.Ordinal))
            {
                _sim.Data.EndChat(victim.Id);
            }

            return ValueTask.FromResult(false);
        });
        var observer = new RecordingSweepObserver();

        Sweep(External(Week), observer);

        var result = Assert.Single(observer.Results, result => result.ChatId == victim.Id);
        Assert.Equal(StaleChatOutcome.Skipped, result.Outcome);
        Assert.Contains("Ended meanwhile", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(_sim.Requests.Snapshot(), request => request.Method == "PATCH" && request.Path.Contains(victim.Id.ToString("D"), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void A_failure_on_one_chat_is_reported_and_the_others_are_still_ended(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var stale = StaleExternal(Week);
        var broken = stale[2];
        _sim.Faults = DelegateFaultInjector.Respond(
            request => request.Method == "PATCH" && request.Path.Value!.EndsWith(broken.Id.ToString("D"), StringComparison.Ordinal), 500);
        var observer = new RecordingSweepObserver();

        var summary = Sweep(External(Week), observer);

        var failed = Assert.Single(observer.Results, result => result.Outcome == StaleChatOutcome.Failed);
        Assert.Equal(broken.Id, failed.ChatId);
        Assert.Contains("500", failed.Reason, StringComparison.Ordinal);
        Assert.False(broken.IsEnded);
        Assert.Equal(stale.Count - 1, summary.Ended);
        Assert.All(stale.Where(chat => chat.Id != broken.Id), chat => Assert.True(chat.IsEnded));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void Every_type_is_swept_when_no_type_is_given(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        // Two months on, every open chat of every type has been idle for more than a week.
        var later = Now.AddDays(60);
        var stale = _sim.Data.OwnedChats.Where(chat => !chat.IsEnded).ToList();
        Assert.Contains(stale, chat => chat.ChatType != "external");

        var summary = Sweep(new StaleChatSweepRequest { IdleFor = Week, AsOf = later }, new RecordingSweepObserver());

        Assert.Equal(stale.Count, summary.Ended);
        Assert.All(stale, chat => Assert.True(chat.IsEnded));
    }

    [Theory]
    [MemberData(nameof(CursorModes))]
    public void Listing_one_room_sweeps_only_that_room(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        var room = StaleExternal(Week).GroupBy(chat => chat.RoomId).OrderByDescending(group => group.Count()).First().Key;
        var inRoom = StaleExternal(Week).Where(chat => chat.RoomId == room).ToList();
        var elsewhere = StaleExternal(Week).Where(chat => chat.RoomId != room).ToList();

        var summary = Sweep(External(Week) with { RoomIds = [room] }, new RecordingSweepObserver());

        Assert.Equal(inRoom.Count, summary.Ended);
        Assert.All(inRoom, chat => Assert.True(chat.IsEnded));
        Assert.All(elsewhere, chat => Assert.False(chat.IsEnded));
    }

    [Theory]
    [InlineData(0, 4, null)]
    [InlineData(-1, 4, null)]
    [InlineData(7, 0, null)]
    [InlineData(7, 65, null)]
    [InlineData(7, 4, 0)]
    public void Requests_no_sweep_can_run_are_refused(int idleDays, int throttle, int? maxCount)
    {
        using var connection = SimulatorFixture.Connect(_sim);

        Assert.Throws<ArgumentException>(() => new StaleChatSweep(
            new GiosgClient(connection),
            new StaleChatSweepRequest { IdleFor = TimeSpan.FromDays(idleDays), ThrottleLimit = throttle, MaxCount = maxCount }));
    }

    [Fact]
    public void An_AsOf_later_than_the_clock_is_refused()
    {
        using var connection = SimulatorFixture.Connect(_sim);
        var future = DateTimeOffset.UtcNow.AddMinutes(5);

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => new StaleChatSweep(new GiosgClient(connection), External(Week) with { AsOf = future }));

        Assert.Equal("AsOf", refused.ParamName);
        Assert.Empty(_sim.Requests.Snapshot());
    }
}
