using System.Diagnostics;
using System.Text;
using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// <c>e2e</c>: every end-to-end measurement in one run, printed as markdown and written to the
/// results file. Exits non-zero only when a listing or sweep handled the wrong number of chats.
/// </summary>
internal static class E2eCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        if (!E2eOptions.TryParse(args, out var options, out var error))
        {
            await Console.Error.WriteLineAsync($"{error}\n\n{E2eOptions.Usage}");
            return 2;
        }

        var scale = options.Scale;
        var checks = new CountChecks();
        var clock = Stopwatch.StartNew();
        var report = new StringBuilder();
        report.Append($"""
            ## End to end ({scale.Name} run)

            - Machine: {MachineInfo.Describe()}.
            - Command: `dotnet run -c Release --project bench/Giosg.Benchmarks -- {Command(options)}`
            - Baseline: HttpClient, each page into a JsonDocument, every page collected into a List, `next` followed, no prefetch.
            - Floors: pages x RTT for a listing (pages are read one after another); 1 RTT for the first chat.

            """);

        if (options.Runs(E2eOptions.Placement))
        {
            var load = Step("placement check", clock);
            var placement = await PlacementCheck.MeasureAsync(scale, checks);
            Section(report, $"Where the simulator runs ({scale.PlacementCheckChats:N0} chats, {scale.ListRoundTrip.TotalMilliseconds:0} ms RTT)", placement, load);
        }

        if (options.Runs(E2eOptions.Listing))
        {
            var load = Step("listing", clock);
            var listing = await ListingScenario.MeasureAsync(scale.ListChats, scale.ListRoundTrip, scale.ConsumerCostPerChat, options.SimulatorPlacement, checks);
            Section(report,
                $"Listing {scale.ListChats:N0} chats ({listing.Pages:N0} pages of {E2eScale.PageSize}, {scale.ListRoundTrip.TotalMilliseconds:0} ms RTT, simulator {Where(options)})",
                listing.ToMarkdown(),
                load);
        }

        ListingFootprint? clientAtFullSpeed = null;
        if (options.Runs(E2eOptions.Footprint))
        {
            var load = Step("memory and CPU (child processes)", clock);
            var footprint = await FootprintScenario.MeasureAsync(scale.FootprintSmall, scale.FootprintLarge, checks);
            clientAtFullSpeed = footprint.ClientLarge;
            Section(report, $"Memory, {scale.FootprintSmall:N0} against {scale.FootprintLarge:N0} chats (each listing in a fresh child process, simulator in its own, no added latency)", footprint.MemoryMarkdown(), load);
            Section(report, "CPU per chat (the listing process's TotalProcessorTime, simulator in its own process, no added latency)", footprint.CpuMarkdown(), load);
        }

        if (options.Runs(E2eOptions.Throughput))
        {
            var load = Step("simulator throughput", clock);
            var throughput = await ThroughputScenario.MeasureAsync(scale.ThroughputChats, clientAtFullSpeed, checks);
            Section(report, $"Simulator throughput ({scale.ThroughputChats:N0} chats, no added latency, its own process)", throughput.ToMarkdown(), load);
        }

        if (options.Runs(E2eOptions.Sweep))
        {
            var load = Step("sweeps", clock);
            var sweeps = await SweepScenario.MeasureAsync(scale, options.SimulatorPlacement, options.SequentialSweeps, checks);
            Section(report,
                $"Stale-chat sweep ({sweeps.Plan.Stale:N0} stale external chats among {sweeps.Plan.Listed:N0} open chats listed; organization of {sweeps.Plan.Chats:N0} chats; " +
                $"IdleFor {sweeps.Plan.IdleFor.TotalDays:0.00} days; {scale.SweepRoundTrip.TotalMilliseconds:0} ms RTT; floor = {sweeps.ListingPages:N0} listing pages x RTT + K x 2 x RTT / C; " +
                $"a confirming pass adds {sweeps.ConfirmingPages:N0} pages x RTT)",
                sweeps.ToMarkdown(),
                load);
        }

        report.Append($"\nTotal run time: {clock.Elapsed.TotalMinutes:0.0} minutes.\n");
        if (checks.Failures.Count > 0)
        {
            report.Append("\n\n**Count mismatches:**\n").AppendJoin("\n", checks.Failures.Select(failure => $"- {failure}"));
        }

        var markdown = report.ToString();
        Console.WriteLine();
        Console.WriteLine(markdown);
        // Only a complete full run replaces the committed results unless a path is given.
        var output = options.OutputPath ?? (scale.Name == E2eScale.Full.Name && options.Only is null && options.SweepThrottles is null ? ResultsFile.DefaultPath() : null);
        if (output is not null)
        {
            ResultsFile.WriteSection(output, "e2e", markdown);
            Console.WriteLine($"\nWritten to {output}");
        }

        return checks.Failures.Count == 0 ? 0 : 1;
    }

    private static string Where(E2eOptions options) => options.SimulatorPlacement == SimulatorPlacement.Process ? "in its own process" : "in-process";

    private static string Command(E2eOptions options)
    {
        var command = "e2e";
        if (options.Scale.Name != E2eScale.Full.Name)
        {
            command += " --quick";
        }

        if (options.Scale.Name == E2eScale.Smoke.Name)
        {
            command += " --smoke";
        }

        if (options.SimulatorPlacement != SimulatorPlacement.Process)
        {
            command += " --simulator inprocess";
        }

        if (options.Only is { } only)
        {
            command += " --only " + string.Join(',', only);
        }

        if (options.SweepThrottles is { } throttles)
        {
            command += " --sweep-throttles " + string.Join(',', throttles);
        }

        return options.SequentialSweeps ? command + " --sequential-sweeps" : command;
    }

    /// <summary>Announces a part and returns the load average it started under.</summary>
    private static string Step(string what, Stopwatch clock)
    {
        var load = MachineInfo.LoadAverage();
        Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] {what} (load average {load})");
        return load;
    }

    private static void Section(StringBuilder report, string title, string table, string load) =>
        report.Append($"\n### {title}\n\n{table}\n1-minute load average when this part started: {load} ({Environment.ProcessorCount} cores).\n");
}
