using System.Diagnostics;
using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;
using Giosg.Client.Housekeeping;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// The stale-chat sweep at each ThrottleLimit, each on a fresh simulator (a sweep ends its chats):
/// list the open chats, then re-read (GET) and end (PATCH) every stale one, C at a time.
/// </summary>
internal static class SweepScenario
{
    /// <summary>The target: at ThrottleLimit 8 the sweep takes at most this many times its floor.</summary>
    public const double Target = 1.2;

    public const int TargetThrottle = 8;

    public static async Task<SweepResults> MeasureAsync(E2eScale scale, SimulatorPlacement placement, bool sequential, CountChecks checks)
    {
        var settings = new SimulatorSettings { Chats = scale.SweepChats, Latency = scale.SweepRoundTrip, PageSize = E2eScale.PageSize };
        var plan = await SweepPlan.ChooseAsync(settings, scale.SweepStale);
        Console.WriteLine($"  sweep plan: {plan.Chats:N0} chats, {plan.Listed:N0} open to list, {plan.Scanned:N0} of them external, {plan.Stale:N0} stale (idle > {plan.IdleFor.TotalDays:0.00} days)");

        // ThrottleLimit 1 takes K x 2 round trips, far longer than the rest together: unless asked
        // otherwise it runs alongside them, against its own simulator. All of them wait on the
        // network, not the CPU, which the results show by landing on their floors.
        var alone = sequential ? [] : scale.SweepThrottles.Where(c => c == 1 && scale.SweepThrottles.Count > 1).ToList();
        var background = alone.Select(c => RunAsync(settings, plan, c, placement, overlapped: true)).ToList();
        var runs = new List<SweepRun>();
        foreach (var throttle in scale.SweepThrottles.Except(alone))
        {
            runs.Add(await RunAsync(settings, plan, throttle, placement, overlapped: background.Count > 0));
        }

        runs.AddRange(await Task.WhenAll(background));
        runs.Sort((a, b) => a.Throttle.CompareTo(b.Throttle));
        foreach (var run in runs)
        {
            // The first listing reads every open external chat; the confirming one those still open.
            checks.Expect($"external chats scanned by the sweep's two listings at ThrottleLimit {run.Throttle}", (2 * plan.Scanned) - plan.Stale, run.Summary.Scanned);
            checks.Expect($"stale candidates at ThrottleLimit {run.Throttle}", plan.Stale, run.Summary.Candidates);
            checks.Expect($"chats ended at ThrottleLimit {run.Throttle}", plan.Stale, run.Summary.Ended);
        }

        return new SweepResults(plan, scale.SweepRoundTrip, runs);
    }

    private static async Task<SweepRun> RunAsync(SimulatorSettings settings, SweepPlan plan, int throttle, SimulatorPlacement placement, bool overlapped)
    {
        await using var simulator = await RunningSimulator.StartAsync(settings, placement);
        using var client = new DisposableClient(simulator.Endpoint);
        var sweep = new StaleChatSweep(client.Client, new StaleChatSweepRequest
        {
            IdleFor = plan.IdleFor,
            ChatTypes = ["external"],
            ThrottleLimit = throttle,
            AsOf = settings.Now,
        });
        await simulator.Control.ResetRequestsAsync();

        // Run blocks its thread until the sweep ends (it drives the observer from there): give it one of its own.
        var clock = Stopwatch.StartNew();
        var summary = await Task.Factory.StartNew(() => sweep.Run(new ApproveAllObserver()), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        var wall = clock.Elapsed;
        var maxInFlight = await simulator.Control.MaxInFlightAsync();
        Console.WriteLine($"  sweep ThrottleLimit {throttle}: {summary} (wall {wall.TotalSeconds:0.0} s)");
        return new SweepRun(throttle, wall, summary, maxInFlight, overlapped && throttle == 1);
    }
}

internal sealed record SweepRun(int Throttle, TimeSpan Wall, StaleChatSweepSummary Summary, int MaxInFlight, bool RanAlongsideOthers);

internal sealed record SweepResults(SweepPlan Plan, TimeSpan RoundTrip, IReadOnlyList<SweepRun> Runs)
{
    public int ListingPages => (Plan.Listed + E2eScale.PageSize - 1) / E2eScale.PageSize;

    /// <summary>The brief's floor: the listing's pages one after another, then K chats x 2 requests, C at a time.</summary>
    public TimeSpan Floor(int throttle) => (RoundTrip * ListingPages) + (RoundTrip * 2 * Plan.Stale / throttle);

    /// <summary>A tighter floor for a sweep that ends chats while it is still listing: the larger of the two parts.</summary>
    public TimeSpan OverlapFloor(int throttle)
    {
        var listing = RoundTrip * ListingPages;
        var ending = RoundTrip * 2 * Plan.Stale / throttle;
        return listing > ending ? listing : ending;
    }

    public string ToMarkdown()
    {
        var table = new MarkdownTable("ThrottleLimit", "Scanned (external)", "Ended (K)", "Wall", "Floor", "Wall ÷ floor", "Target", "Met", "max(listing, ending)", "Wall ÷ that", "Most requests in flight");
        foreach (var run in Runs)
        {
            var ratio = run.Wall / Floor(run.Throttle);
            var target = run.Throttle == SweepScenario.TargetThrottle;
            table.Add(
                run.Throttle.ToString(System.Globalization.CultureInfo.InvariantCulture) + (run.RanAlongsideOthers ? " (ran alongside the others)" : ""),
                Units.Count(run.Summary.Scanned), Units.Count(run.Summary.Ended), Units.Seconds(run.Wall), Units.Seconds(Floor(run.Throttle)),
                Units.Ratio(ratio), target ? $"≤ {SweepScenario.Target:0.0}x" : "-", target ? Units.Met(ratio <= SweepScenario.Target) : "-",
                Units.Seconds(OverlapFloor(run.Throttle)), Units.Ratio(run.Wall, OverlapFloor(run.Throttle)),
                Units.Count(run.MaxInFlight));
        }

        return table.ToString();
    }
}
