using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// The same listings with the simulator in the harness's process and in its own: whether sharing
/// two cores with the simulator skews the client's figures, which decides where it runs.
/// </summary>
internal static class PlacementCheck
{
    public static async Task<string> MeasureAsync(E2eScale scale, CountChecks checks)
    {
        var inProcess = await ListingScenario.MeasureAsync(scale.PlacementCheckChats, scale.ListRoundTrip, scale.ConsumerCostPerChat, SimulatorPlacement.InProcess, checks, everything: false);
        var separate = await ListingScenario.MeasureAsync(scale.PlacementCheckChats, scale.ListRoundTrip, scale.ConsumerCostPerChat, SimulatorPlacement.Process, checks, everything: false);

        var table = new MarkdownTable("Listing", "Simulator in-process", "Simulator in its own process", "In-process ÷ own process", "Floor");
        Row("Client, listing alone", r => r.Client.Wall, inProcess.NetworkFloor);
        Row("Baseline, listing alone", r => r.Baseline.Wall, inProcess.NetworkFloor);
        Row($"Client, consumer {scale.ConsumerCostPerChat.TotalMilliseconds:0.##} ms/chat", r => r.ClientWithConsumer.Wall, inProcess.ConsumerFloor);
        table.Add("Client CPU µs/chat, listing alone (harness process)",
            Units.Number(inProcess.Client.CpuMicrosecondsPerChat, "0.0") + " (includes the simulator)",
            Units.Number(separate.Client.CpuMicrosecondsPerChat, "0.0"), "-", "-");
        return table.ToString();

        void Row(string what, Func<ListingResults, TimeSpan> wall, TimeSpan floor) =>
            table.Add(what, Units.Seconds(wall(inProcess)), Units.Seconds(wall(separate)), Units.Ratio(wall(inProcess), wall(separate)), Units.Seconds(floor));
    }
}
