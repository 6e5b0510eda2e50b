using System.Diagnostics;
using System.Globalization;
using System.Text;
using Giosg.Benchmarks.EndToEnd;
using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.Export;

/// <summary>
/// <c>export</c>: Export-GiosgChat's engine writing every ended chat of a 10,000-chat and a 100,000-chat export
/// (each run in a fresh child process, the simulator in its own), against a hand-written baseline over the same
/// pages; then the same export run again with nothing new, for the incremental cost.
/// </summary>
internal static class ExportCommand
{
    public const string Usage = "export [--smoke] [--out PATH]   Export-GiosgChat at 10,000 and 100,000 ended chats against a raw-HTTP baseline";

    /// <summary>The simulator leaves about 76 % of its chats ended in the organization's own rooms (seed 1).</summary>
    private const double EndedShare = 0.7625;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var smoke = args.Contains("--smoke");
        var outIndex = args.ToList().IndexOf("--out");
        var output = outIndex >= 0 && outIndex + 1 < args.Count ? args[outIndex + 1] : smoke ? null : ResultsFile.DefaultPath();
        int[] targets = smoke ? [1_000, 5_000] : [10_000, 100_000];
        var checks = new CountChecks();
        var folder = Directory.CreateTempSubdirectory("giosg-export-bench-").FullName;
        var clock = Stopwatch.StartNew();
        var results = new List<(int Target, ExportFootprint Client, ExportFootprint Baseline, int RepeatRequests, string Load)>();
        try
        {
            foreach (var target in targets)
            {
                var load = MachineInfo.LoadAverage();
                Console.WriteLine($"[{clock.Elapsed:mm\\:ss}] export of about {target:N0} ended chats (load average {load})");
                var chats = (int)Math.Ceiling(target / EndedShare);
                await using var simulator = await RunningSimulator.StartAsync(new SimulatorSettings { Chats = chats }, SimulatorPlacement.Process);
                var path = Path.Combine(folder, $"client-{target}.jsonl");
                var baseline = await ChildExport.RunAsync("baseline", simulator.Endpoint, Path.Combine(folder, $"baseline-{target}.jsonl"));
                var client = await ChildExport.RunAsync("client", simulator.Endpoint, path);
                checks.Expect($"chats exported at {target:N0}", baseline.Chats, client.Chats);
                checks.Expect($"file size at {target:N0} (the same chats, the same bytes)", baseline.FileBytes, client.FileBytes);
                var (again, requests) = await ChildExport.ClientAsync(simulator.Endpoint, path);
                checks.Expect($"chats a second run appends at {target:N0}", 0, again);
                results.Add((target, client, baseline, requests, load));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        var markdown = Report(results, smoke, clock.Elapsed, checks);
        Console.WriteLine();
        Console.WriteLine(markdown);
        if (output is not null)
        {
            ResultsFile.WriteSection(output, "export", markdown);
            Console.WriteLine($"\nWritten to {output}");
        }

        return checks.Failures.Count == 0 ? 0 : 1;
    }

    private static string Report(List<(int Target, ExportFootprint Client, ExportFootprint Baseline, int RepeatRequests, string Load)> results, bool smoke, TimeSpan total, CountChecks checks)
    {
        var small = results[0];
        var large = results[^1];
        var report = new StringBuilder();
        report.Append(CultureInfo.InvariantCulture, $"""
            ## Export-GiosgChat (issue 14){(smoke ? " — smoke run, numbers mean nothing" : string.Empty)}

            - Machine: {MachineInfo.Describe()}; 1-minute load average at the start of each size: {string.Join(", ", results.Select(r => $"{Units.Count(r.Target)}: {r.Load}"))}.
            - Command: `dotnet run -c Release --project bench/Giosg.Benchmarks -- export{(smoke ? " --smoke" : string.Empty)}`
            - Each export runs in a fresh child process (peak memory is its own), the simulator in another, no added latency.
            - Client: `ChatsClient.Export` (what Export-GiosgChat runs): JSONL, fsync per page, resumable.
            - Baseline, same run: HttpClient over the same pages (`only_ended=true&ordering=end_time&page_size=100`), each page into a JsonDocument, each chat's raw JSON and a newline written; no resume, no fsync.


            """);
        var table = new MarkdownTable("Measure", $"Client {Units.Count(small.Client.Chats)}", $"Client {Units.Count(large.Client.Chats)}", "Client large ÷ small", "Target", "Met", $"Baseline {Units.Count(small.Baseline.Chats)}", $"Baseline {Units.Count(large.Baseline.Chats)}");
        table.Add("Requests per chat", Units.Number(small.Client.RequestsPerChat, "0.0000"), Units.Number(large.Client.RequestsPerChat, "0.0000"), "-", "≈ 0.01 (100 a page)", Units.Met(large.Client.RequestsPerChat <= 0.0101), Units.Number(small.Baseline.RequestsPerChat, "0.0000"), Units.Number(large.Baseline.RequestsPerChat, "0.0000"));
        Row(table, "Peak working set", r => r.PeakWorkingSetBytes, small, large, flat: true);
        Row(table, "Peak managed heap (sampled every 5 ms)", r => r.PeakManagedHeapBytes, small, large, flat: true);
        table.Add("GC allocated bytes per chat", Units.Number((double)small.Client.AllocatedBytes / small.Client.Chats, "N0"), Units.Number((double)large.Client.AllocatedBytes / large.Client.Chats, "N0"), "-", "-", "-",
            Units.Number((double)small.Baseline.AllocatedBytes / small.Baseline.Chats, "N0"), Units.Number((double)large.Baseline.AllocatedBytes / large.Baseline.Chats, "N0"));
        table.Add("Wall", Units.Seconds(TimeSpan.FromMilliseconds(small.Client.WallMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(large.Client.WallMilliseconds)), "-", "-", "-",
            Units.Seconds(TimeSpan.FromMilliseconds(small.Baseline.WallMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(large.Baseline.WallMilliseconds)));
        table.Add("CPU (whole child process)", Units.Seconds(TimeSpan.FromMilliseconds(small.Client.CpuMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(large.Client.CpuMilliseconds)), "-", "-", "-",
            Units.Seconds(TimeSpan.FromMilliseconds(small.Baseline.CpuMilliseconds)), Units.Seconds(TimeSpan.FromMilliseconds(large.Baseline.CpuMilliseconds)));
        table.Add("Second run, nothing new: requests", Units.Count(small.RepeatRequests), Units.Count(large.RepeatRequests), "-", "2", Units.Met(large.RepeatRequests == 2), "-", "-");
        report.Append(table.ToString());

        var ratios = new MarkdownTable("Ratio, client ÷ baseline (same run)", Units.Count(small.Client.Chats), Units.Count(large.Client.Chats));
        ratios.Add("Wall", Units.Ratio(small.Client.WallMilliseconds / small.Baseline.WallMilliseconds), Units.Ratio(large.Client.WallMilliseconds / large.Baseline.WallMilliseconds));
        ratios.Add("CPU", Units.Ratio(small.Client.CpuMilliseconds / small.Baseline.CpuMilliseconds), Units.Ratio(large.Client.CpuMilliseconds / large.Baseline.CpuMilliseconds));
        ratios.Add("Peak working set", Units.Ratio((double)small.Client.PeakWorkingSetBytes / small.Baseline.PeakWorkingSetBytes), Units.Ratio((double)large.Client.PeakWorkingSetBytes / large.Baseline.PeakWorkingSetBytes));
        report.Append('\n').Append(ratios.ToString());
        report.Append(CultureInfo.InvariantCulture, $"\nTotal run time: {total.TotalMinutes:0.0} minutes.\n");
        if (checks.Failures.Count > 0)
        {
            report.Append("\n**Count mismatches:**\n").AppendJoin("\n", checks.Failures.Select(failure => $"- {failure}"));
        }

        return report.ToString();
    }

    private static void Row(MarkdownTable table, string measure, Func<ExportFootprint, long> value, (int, ExportFootprint Client, ExportFootprint Baseline, int, string) small, (int, ExportFootprint Client, ExportFootprint Baseline, int, string) large, bool flat)
    {
        var ratio = (double)value(large.Client) / value(small.Client);
        table.Add(measure, Units.Megabytes(value(small.Client)), Units.Megabytes(value(large.Client)), Units.Ratio(ratio),
            flat ? "≤ 1.2x" : "-", flat ? Units.Met(ratio <= 1.2) : "-", Units.Megabytes(value(small.Baseline)), Units.Megabytes(value(large.Baseline)));
    }
}
