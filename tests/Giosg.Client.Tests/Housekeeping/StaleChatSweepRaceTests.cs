using Giosg.Client.Connections;
using Giosg.Client.Housekeeping;
using Giosg.Simulator;
using Giosg.Simulator.Paging;
using Giosg.Testing;

namespace Giosg.Client.Tests.Housekeeping;

/// <summary>
/// Hundreds of sweeps with seeded random delays at every hand-off (listing, dispatch, worker start, before
/// the end request, result hand-over, result read): the caps and the bookkeeping hold on every schedule.
/// </summary>
public sealed class StaleChatSweepRaceTests : IAsyncLifetime
{
    private const int Iterations = 150;
    private GiosgSimulator _sim = null!;

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 3000, Seed = 9, PageSize = 5000, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    private StaleChatSweep NewSweep(GiosgConnection connection, int seed, int? maxCount) =>
        new(new GiosgClient(connection), new StaleChatSweepRequest
        {
            // Sixty days on, every open chat is stale: plenty to end, two by two.
            IdleFor = TimeSpan.FromDays(7),
            AsOf = _sim.Clock.Now.AddDays(60),
            MaxCount = maxCount,
            ThrottleLimit = 8,
        })
        { Hooks = new RandomDelays(seed) };

    private int EndRequests() => _sim.Requests.Snapshot().Count(request => request.Method == "PATCH");

    [Theory]
    [InlineData(CursorMode.Keys)]
    [InlineData(CursorMode.Offsets)]
    public void MaxCount_is_never_exceeded_and_every_end_request_is_reported_once(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        using var connection = SimulatorFixture.Connect(_sim);
        for (var i = 0; i < Iterations; i++)
        {
            _sim.Requests.Clear();
            var observer = new RecordingSweepObserver();

            var summary = NewSweep(connection, i, maxCount: 2).Run(observer);

            var sent = EndRequests();
            Assert.Equal(2, sent);
            Assert.Equal(sent, summary.EndRequests);
            Assert.Equal(sent, observer.Results.Count(result => result.EndRequestSent));
            Assert.Equal(2, summary.Ended);
            Assert.DoesNotContain(observer.Results, result => result.Outcome == StaleChatOutcome.Skipped);
            Assert.True(summary.ReachedMaxCount);
        }
    }

    [Theory]
    [InlineData(CursorMode.Keys)]
    [InlineData(CursorMode.Offsets)]
    public void An_observer_that_throws_stops_the_run_and_nothing_runs_after_it_returns(CursorMode cursors)
    {
        _sim.Listing.Cursors = cursors;
        using var connection = SimulatorFixture.Connect(_sim);
        for (var i = 0; i < Iterations / 3; i++)
        {
            _sim.Requests.Clear();
            var endedBefore = _sim.Data.OwnedChats.Count(chat => chat.IsEnded);
            var observer = new RecordingSweepObserver { ThrowAfter = 1 };

            Assert.Throws<ObserverFailedException>(() => NewSweep(connection, i, maxCount: null).Run(observer));
            var returned = DateTimeOffset.UtcNow;

            // Every worker has finished: once the server has served what it was given, no request came later.
            Assert.True(_sim.Requests.WaitUntilIdle(TimeSpan.FromMinutes(1)));
            Assert.Empty(_sim.Requests.StartedAfter(returned));
            var sent = EndRequests();
            var stopped = Assert.IsType<StaleChatSweepSummary>(observer.StoppedSummary);
            Assert.True(stopped.Stopped);
            Assert.InRange(sent, 1, 8);
            Assert.Equal(sent, stopped.EndRequests);
            Assert.Equal(sent, observer.Results.Concat(observer.Unreported).Count(result => result.EndRequestSent));
            Assert.Equal(sent, _sim.Data.OwnedChats.Count(chat => chat.IsEnded) - endedBefore);
            Assert.Equal(sent, EndRequests());
        }
    }

    /// <summary>Seeded delays: nothing, a yield, a spin, or a millisecond's sleep, at every hand-off.</summary>
    private sealed class RandomDelays(int seed) : SweepHooks
    {
        private readonly Random _random = new(seed);
        private readonly Lock _gate = new();

        public override async ValueTask At(SweepPoint point)
        {
            int choice;
            lock (_gate)
            {
                // Listed runs once per chat listed; delaying it as often as the rest would only slow the test.
                choice = point == SweepPoint.Listed ? (_random.Next(200) == 0 ? 1 : 0) : _random.Next(4);
            }

            switch (choice)
            {
                case 1: await Task.Yield(); break;
                case 2: Thread.SpinWait(2000); break;
                case 3: await Task.Delay(1); break;
                default: break;
            }
        }
    }
}
