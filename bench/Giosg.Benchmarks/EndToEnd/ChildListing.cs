using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// One listing in a fresh process, so its peak memory and CPU time are its own: the harness starts
/// this program again as <c>child-list client|baseline BASE_URI ORG_ID CHATS</c> and reads back one
/// JSON line.
/// </summary>
internal static class ChildListing
{
    public const string Command = "child-list";

    public static async Task<ListingFootprint> RunAsync(string kind, SimulatorEndpoint endpoint)
    {
        var start = ChildProcess.StartInfo("Giosg.Benchmarks",
            [Command, kind, endpoint.BaseUri.AbsoluteUri, endpoint.OrganizationId.ToString("D"), endpoint.Chats.ToString(CultureInfo.InvariantCulture)]);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The child listing did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = (await output).Split('\n').LastOrDefault(text => text.StartsWith('{'));
        if (process.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The child listing ({kind}) failed with exit code {process.ExitCode}: {await errors}");
        }

        return JsonSerializer.Deserialize(line, FootprintJsonContext.Default.ListingFootprint)!;
    }

    /// <summary>The child's side: list, measure, print one JSON line.</summary>
    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        if (args.Count != 4 || args[0] is not ("client" or "baseline"))
        {
            await Console.Error.WriteLineAsync($"usage: {Command} client|baseline BASE_URI ORG_ID CHATS");
            return 2;
        }

        var endpoint = new SimulatorEndpoint(new Uri(args[1]), Guid.Parse(args[2]), SimulatorSettings.Token, int.Parse(args[3], CultureInfo.InvariantCulture));
        using var client = new DisposableClient(endpoint);
        using var http = endpoint.CreateHttpClient();
        using var heap = new HeapSampler();
        var live = new LiveHeapProbe(endpoint.Chats);
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var gen2 = GC.CollectionCount(2);

        var run = args[0] == "client"
            ? await Listings.ClientAsync(client.Client, TimeSpan.Zero, afterChat: live.AfterChat)
            : await Listings.BaselineAsync(http, endpoint.RoutedChats, TimeSpan.Zero, afterChat: live.AfterChat);

        var footprint = new ListingFootprint
        {
            Chats = run.Count,
            WallMilliseconds = (run.Wall - live.Wall).TotalMilliseconds,
            CpuMilliseconds = (run.ProcessorTime - live.ProcessorTime).TotalMilliseconds,
            AllocatedBytes = GC.GetTotalAllocatedBytes(precise: true) - allocated,
            PeakWorkingSetBytes = PeakWorkingSet(),
            PeakManagedHeapBytes = heap.Stop(),
            LiveHeapEarlyBytes = live.EarlyBytes,
            LiveHeapLateBytes = live.LateBytes,
            Gen2Collections = GC.CollectionCount(2) - gen2 - live.Collections,
        };
        Console.WriteLine(JsonSerializer.Serialize(footprint, FootprintJsonContext.Default.ListingFootprint));
        return 0;
    }

    private static long PeakWorkingSet()
    {
        using var self = Process.GetCurrentProcess();
        return self.PeakWorkingSet64;
    }
}
