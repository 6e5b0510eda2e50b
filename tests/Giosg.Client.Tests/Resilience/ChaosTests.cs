using Giosg.Client.Chats;
using Giosg.Client.Housekeeping;
using Giosg.Client.Http;
using Giosg.Client.Tests.Housekeeping;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Resilience;

/// <summary>Whole listings and sweeps through a simulator that fails one request in ten, in every transient way.</summary>
public sealed class ChaosTests
{
    // Shorter than the simulator's slow fault (2 s), so a slow answer is abandoned and retried, and long
    // enough that an unfaulted answer arrives in time even with both cores saturated.
    private static readonly RetrySettings ChaosRetries = SimulatorFixture.FastRetries with
    {
        MaxRetries = 6,
        MaxRetryWait = TimeSpan.FromSeconds(20),
        AttemptTimeout = TimeSpan.FromMilliseconds(1500),
    };

    private static GiosgClient Client(GiosgSimulator sim) => new(SimulatorFixture.Connect(sim, retry: ChaosRetries));

    [Fact]
    public async Task Listing_20000_chats_through_ten_percent_transient_faults_yields_the_same_chats_once_each()
    {
        await using var sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 20_000, Seed = 5, PageSize = 100, Now = SimulatorFixture.Now });
        var plan = FaultPlan.MixedTransient(0.1, seed: 5);
        sim.Faults = plan;

        var ids = await Client(sim).Chats.List(new ChatListRequest { Scope = ChatScope.Routed }).Select(chat => chat.Id).ToListAsync();

        Assert.True(plan.Injected.Count > 10, $"faults should have been injected, got {plan.Injected.Count}");
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(sim.Data.Chats.Select(chat => chat.Id).Order(), ids.Order());
    }

    [Fact]
    public async Task A_sweep_through_transient_faults_ends_only_stale_chats_and_reports_every_one()
    {
        await using var sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 3000, Seed = 6, PageSize = 100, Now = SimulatorFixture.Now });
        var week = TimeSpan.FromDays(7);
        var stale = sim.Data.OwnedChats.Where(chat => chat.ChatType == "external" && !chat.IsEnded && sim.Clock.Now - chat.UpdatedAt > week).Select(chat => chat.Id).ToHashSet();
        var endedBefore = sim.Data.Chats.Where(chat => chat.IsEnded).Select(chat => chat.Id).ToHashSet();
        sim.Faults = FaultPlan.MixedTransient(0.1, seed: 6);
        var request = new StaleChatSweepRequest { IdleFor = week, ChatTypes = [ChatTypes.External], ThrottleLimit = 8, AsOf = sim.Clock.Now };
        var observer = new RecordingSweepObserver();

        var summary = new StaleChatSweep(Client(sim), request).Run(observer);

        // Every stale chat is accounted for: ended, or reported as failed.
        Assert.Equal(stale.Count, observer.Results.Count);
        Assert.True(stale.SetEquals(observer.Results.Select(result => result.ChatId)));
        Assert.All(observer.Results.Where(result => result.Outcome == StaleChatOutcome.Ended), result => Assert.True(sim.Data.FindChat(result.ChatId)!.IsEnded));
        Assert.Equal(stale.Count, summary.Ended + summary.Failed);

        // Nothing else was ended.
        Assert.All(sim.Data.Chats.Where(chat => chat.IsEnded), chat => Assert.True(endedBefore.Contains(chat.Id) || stale.Contains(chat.Id)));

        // A re-run without faults ends exactly what failed the first time, and nothing new.
        sim.Faults = null;
        var rerun = new StaleChatSweep(Client(sim), request).Run(new RecordingSweepObserver());
        Assert.Equal(summary.Failed, rerun.Ended);
        Assert.All(stale, id => Assert.True(sim.Data.FindChat(id)!.IsEnded));
    }
}
