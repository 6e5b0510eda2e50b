using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// Memory and CPU of one listing, small organization against large, each listing in a fresh child
/// process and the simulator in another, with no added latency so it runs at full speed.
/// </summary>
internal static class FootprintScenario
{
    /// <summary>The flatness target: the large listing's peak at most this many times the small one's.</summary>
    public const double FlatTarget = 1.2;

    /// <summary>The CPU target: the client at most this fraction of the baseline's CPU per chat.</summary>
    public const double CpuTarget = 0.1;

    public static async Task<FootprintResults> MeasureAsync(int small, int large, CountChecks checks)
    {
        var (clientSmall, baselineSmall) = await MeasureAsync(small, checks);
        var (clientLarge, baselineLarge) = await MeasureAsync(large, checks);
        return new FootprintResults(small, large, clientSmall, clientLarge, baselineSmall, baselineLarge);
    }

    private static async Task<(ListingFootprint Client, ListingFootprint Baseline)> MeasureAsync(int chats, CountChecks checks)
    {
        await using var simulator = await RunningSimulator.StartAsync(new SimulatorSettings { Chats = chats, PageSize = E2eScale.PageSize }, SimulatorPlacement.Process);
        var client = await ChildListing.RunAsync("client", simulator.Endpoint);
        checks.Expect($"client listing in a child process ({chats:N0} chats)", chats, client.Chats);
        var baseline = await ChildListing.RunAsync("baseline", simulator.Endpoint);
        checks.Expect($"baseline listing in a child process ({chats:N0} chats)", chats, baseline.Chats);
        return (client, baseline);
    }
}

/// <summary>The four child listings of a <see cref="FootprintScenario"/>.</summary>
internal sealed record FootprintResults(int Small, int Large, ListingFootprint ClientSmall, ListingFootprint ClientLarge, ListingFootprint BaselineSmall, ListingFootprint BaselineLarge)
{
    public double CpuRatio => ClientLarge.CpuMicrosecondsPerChat / BaselineLarge.CpuMicrosecondsPerChat;

    public string MemoryMarkdown()
    {
        var s = Units.Count(Small);
        var l = Units.Count(Large);
        var table = new MarkdownTable("Measure", $"Client {s}", $"Client {l}", "Client large ÷ small", "Target", "Met", $"Baseline {s}", $"Baseline {l}", "Baseline large ÷ small");
        MemoryRow(table, "Peak working set", f => f.PeakWorkingSetBytes, flatTarget: true);
        MemoryRow(table, "Peak managed heap (sampled every 5 ms)", f => f.PeakManagedHeapBytes, flatTarget: true);
        MemoryRow(table, "Live heap at a tenth of the chats (full GC)", f => f.LiveHeapEarlyBytes, flatTarget: false);
        MemoryRow(table, "Live heap at the last chat (full GC, listing still open)", f => f.LiveHeapLateBytes, flatTarget: false);
        MemoryRow(table, "GC allocated bytes, total", f => f.AllocatedBytes, flatTarget: true);
        table.Add("GC allocated bytes per chat",
            Units.Number(ClientSmall.AllocatedBytesPerChat, "N0"), Units.Number(ClientLarge.AllocatedBytesPerChat, "N0"),
            Units.Ratio(ClientLarge.AllocatedBytesPerChat / ClientSmall.AllocatedBytesPerChat), "-", "-",
            Units.Number(BaselineSmall.AllocatedBytesPerChat, "N0"), Units.Number(BaselineLarge.AllocatedBytesPerChat, "N0"),
            Units.Ratio(BaselineLarge.AllocatedBytesPerChat / BaselineSmall.AllocatedBytesPerChat));
        table.Add("Gen 2 collections",
            Units.Count(ClientSmall.Gen2Collections), Units.Count(ClientLarge.Gen2Collections), "-", "-", "-",
            Units.Count(BaselineSmall.Gen2Collections), Units.Count(BaselineLarge.Gen2Collections), "-");
        table.Add("Wall (no added latency)",
            Units.Seconds(TimeSpan.FromMilliseconds(ClientSmall.WallMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(ClientLarge.WallMilliseconds)), "-", "-", "-",
            Units.Seconds(TimeSpan.FromMilliseconds(BaselineSmall.WallMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(BaselineLarge.WallMilliseconds)), "-");
        return table.ToString();
    }

    public string CpuMarkdown()
    {
        var table = new MarkdownTable("Listing", "Client CPU µs/chat", "Baseline CPU µs/chat", "Client ÷ baseline", "Target", "Met");
        foreach (var (chats, client, baseline) in new[] { (Small, ClientSmall, BaselineSmall), (Large, ClientLarge, BaselineLarge) })
        {
            var ratio = client.CpuMicrosecondsPerChat / baseline.CpuMicrosecondsPerChat;
            table.Add($"{Units.Count(chats)} chats", Units.Number(client.CpuMicrosecondsPerChat, "0.0"), Units.Number(baseline.CpuMicrosecondsPerChat, "0.0"),
                Units.Ratio(ratio), $"≤ {FootprintScenario.CpuTarget:0.0#}x", Units.Met(ratio <= FootprintScenario.CpuTarget));
        }

        return table.ToString();
    }

    private void MemoryRow(MarkdownTable table, string measure, Func<ListingFootprint, long> value, bool flatTarget)
    {
        var clientRatio = (double)value(ClientLarge) / value(ClientSmall);
        table.Add(measure,
            Units.Megabytes(value(ClientSmall)), Units.Megabytes(value(ClientLarge)), Units.Ratio(clientRatio),
            flatTarget ? $"≤ {FootprintScenario.FlatTarget:0.0}x" : "-", flatTarget ? Units.Met(clientRatio <= FootprintScenario.FlatTarget) : "-",
            Units.Megabytes(value(BaselineSmall)), Units.Megabytes(value(BaselineLarge)), Units.Ratio((double)value(BaselineLarge) / value(BaselineSmall)));
    }
}
