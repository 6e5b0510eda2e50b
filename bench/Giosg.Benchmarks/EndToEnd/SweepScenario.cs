using System.Diagnostics;
using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;
using Giosg.Client.Housekeeping;
using Giosg.Simulator.Paging;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// The stale-chat sweep at each ThrottleLimit with key cursors, and at the target ThrottleLimit with
/// offset cursors too, each on a fresh simulator (a sweep ends its chats): list the open chats and
/// collect the stale ones, re-read (GET) and end (PATCH) them C at a time, then list again to confirm.
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

        var wanted = scale.SweepThrottles.Select(c => (Throttle: c, Cursors: CursorMode.Keys)).ToList();
        if (scale.SweepThrottles.Contains(TargetThrottle))
        {
            wanted.Add((TargetThrottle, CursorMode.Offsets));
        }

        // ThrottleLimit 1 takes K x 2 round trips, far longer than the rest together: unless asked
        // otherwise it runs alongside them, against its own simulator. All of them wait on the
        // network, not the CPU, which the results show by landing near their floors.
        var alone = sequential || wanted.Count < 2 ? [] : wanted.Where(run => run.Throttle == 1).ToList();
        var background = alone.Select(run => RunAsync(settings with { Cursors = run.Cursors }, plan, run.Throttle, placement, checks, overlapped: true)).ToList();
        var runs = new List<SweepRun>();
        foreach (var (throttle, cursors) in wanted.Except(alone))
        {
            runs.Add(await RunAsync(settings with { Cursors = cursors }, plan, throttle, placement, checks, overlapped: background.Count > 0));
        }

        runs.AddRange(await Task.WhenAll(background));
        runs.Sort((a, b) => (a.Throttle, a.Cursors).CompareTo((b.Throttle, b.Cursors)));
        return new SweepResults(plan, scale.SweepRoundTrip, runs);
    }

    private static async Task<SweepRun> RunAsync(SimulatorSettings settings, SweepPlan plan, int throttle, SimulatorPlacement placement, CountChecks checks, bool overlapped)
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
        var run = $"ThrottleLimit {throttle}, {settings.CursorsArgument} cursors";
        Console.WriteLine($"  sweep {run}: {summary} (wall {wall.TotalSeconds:0.0} s)");

        // One listing finds every candidate; the confirming one reads the external chats still open and finds none.
        checks.Expect($"listing passes ({run})", 2, summary.Passes);
        checks.Expect($"external chats scanned by the sweep's two listings ({run})", (2 * plan.Scanned) - plan.Stale, summary.Scanned);
        checks.Expect($"stale candidates ({run})", plan.Stale, summary.Candidates);
        checks.Expect($"chats ended ({run})", plan.Stale, summary.Ended);
        await plan.CheckAfterAsync(simulator.Control, simulator.Endpoint.OrganizationId, settings.Now, run, checks);
        return new SweepRun(throttle, settings.CursorsArgument, wall, summary, maxInFlight, overlapped && throttle == 1);
    }
}

internal sealed record SweepRun(int Throttle, string Cursors, TimeSpan Wall, StaleChatSweepSummary Summary, int MaxInFlight, bool RanAlongsideOthers);

internal sealed record SweepResults(SweepPlan Plan, TimeSpan RoundTrip, IReadOnlyList<SweepRun> Runs)
{
    public int ListingPages => Pages(Plan.Listed);

    /// <summary>A confirming pass lists the open chats left once the stale ones are ended.</summary>
    public int ConfirmingPages => Pages(Plan.Listed - Plan.Stale);

    /// <summary>The brief's floor: the listing's pages one after another, then K chats x 2 requests, C at a time.</summary>
    public TimeSpan Floor(int throttle) => (RoundTrip * ListingPages) + (RoundTrip * 2 * Plan.Stale / throttle);

    /// <summary>The floor of what the sweep does: the brief's, plus each confirming listing's pages.</summary>
    public TimeSpan FloorWithConfirming(SweepRun run) => Floor(run.Throttle) + (RoundTrip * ConfirmingPages * Math.Max(0, run.Summary.Passes - 1));

    public string ToMarkdown()
    {
        var table = new MarkdownTable("ThrottleLimit", "Cursors", "Scanned (external, all passes)", "Ended (K)", "Listing passes", "Wall", "Floor", "Wall ÷ floor", "Target", "Met", "Floor with confirming pass", "Wall ÷ that", "Most requests in flight");
        foreach (var run in Runs)
        {
            var ratio = run.Wall / Floor(run.Throttle);
            var target = run.Throttle == SweepScenario.TargetThrottle;
            table.Add(
                run.Throttle.ToString(System.Globalization.CultureInfo.InvariantCulture) + (run.RanAlongsideOthers ? " (ran alongside the others)" : ""),
                run.Cursors, Units.Count(run.Summary.Scanned), Units.Count(run.Summary.Ended), Units.Count(run.Summary.Passes),
                Units.Seconds(run.Wall), Units.Seconds(Floor(run.Throttle)),
                Units.Ratio(ratio), target ? $"≤ {SweepScenario.Target:0.0}x" : "-", target ? Units.Met(ratio <= SweepScenario.Target) : "-",
                Units.Seconds(FloorWithConfirming(run)), Units.Ratio(run.Wall, FloorWithConfirming(run)),
                Units.Count(run.MaxInFlight));
        }

        return table.ToString();
    }

    private static int Pages(int chats) => (chats + E2eScale.PageSize - 1) / E2eScale.PageSize;
}
