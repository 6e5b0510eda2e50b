using System.Diagnostics;
using System.Text.Json;
using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// How fast the simulator serves pages with no added latency, read raw (bodies not parsed), one
/// connection at a time and then one per core: the ceiling any listing against it can reach.
/// </summary>
internal static class ThroughputScenario
{
    public static async Task<ThroughputResults> MeasureAsync(int chats, ListingFootprint? clientAtFullSpeed, CountChecks checks)
    {
        await using var simulator = await RunningSimulator.StartAsync(new SimulatorSettings { Chats = chats, PageSize = E2eScale.PageSize }, SimulatorPlacement.Process);
        using var http = simulator.Endpoint.CreateHttpClient();
        await WalkAsync(http, simulator.Endpoint.RoutedChats, maxPages: 20); // warm-up

        var cpu = simulator.ProcessorTime;
        var readerCpu = Listings.CurrentProcessorTime();
        var clock = Stopwatch.StartNew();
        var pages = await WalkAsync(http, simulator.Endpoint.RoutedChats);
        var sequential = new ThroughputRun(1, pages.Count, chats, clock.Elapsed, simulator.ProcessorTime - cpu, Listings.CurrentProcessorTime() - readerCpu);
        checks.Expect($"pages of a raw walk over {chats:N0} chats", (chats + E2eScale.PageSize - 1) / E2eScale.PageSize, pages.Count);

        // The cursors stay valid (nothing changes), so the same pages can be read again in parallel.
        var workers = Environment.ProcessorCount;
        cpu = simulator.ProcessorTime;
        readerCpu = Listings.CurrentProcessorTime();
        clock.Restart();
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < pages.Count; i = Interlocked.Increment(ref next))
            {
                await http.GetByteArrayAsync(pages[i]);
            }
        }));
        var parallel = new ThroughputRun(workers, pages.Count, chats, clock.Elapsed, simulator.ProcessorTime - cpu, Listings.CurrentProcessorTime() - readerCpu);
        return new ThroughputResults(sequential, parallel, clientAtFullSpeed);
    }

    /// <summary>Follows <c>next</c> page by page, reading each body whole but parsing only up to the link (the first property).</summary>
    private static async Task<List<Uri>> WalkAsync(HttpClient http, Uri first, int maxPages = int.MaxValue)
    {
        var pages = new List<Uri>();
        for (Uri? page = first; page is not null && pages.Count < maxPages; page = NextLink(await http.GetByteArrayAsync(page), page))
        {
            pages.Add(page);
        }

        return pages;
    }

    private static Uri? NextLink(byte[] body, Uri current)
    {
        var reader = new Utf8JsonReader(body);
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("next"u8))
            {
                reader.Read();
                return reader.TokenType == JsonTokenType.String ? new Uri(current, reader.GetString()) : null;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return null;
    }
}

/// <summary>Pages read at one concurrency.</summary>
/// <param name="ReaderCpu">CPU time of the reading process: the least any client pays just to receive the bytes.</param>
internal sealed record ThroughputRun(int Concurrency, int Pages, int Chats, TimeSpan Wall, TimeSpan? SimulatorCpu, TimeSpan ReaderCpu)
{
    public double RequestsPerSecond => Pages / Wall.TotalSeconds;

    public double ChatsPerSecond => Chats / Wall.TotalSeconds;
}

internal sealed record ThroughputResults(ThroughputRun Sequential, ThroughputRun Parallel, ListingFootprint? ClientAtFullSpeed)
{
    public string ToMarkdown()
    {
        var table = new MarkdownTable("Reader (no added latency)", "Requests/s", "Chats/s", "Simulator CPU per page", "Reader CPU µs/chat");
        foreach (var run in new[] { Sequential, Parallel })
        {
            table.Add($"Raw GETs, {run.Concurrency} at a time, bodies not parsed",
                Units.Number(run.RequestsPerSecond, "N0"), Units.Number(run.ChatsPerSecond, "N0"),
                run.SimulatorCpu is { } cpu ? Units.Number(cpu.TotalMilliseconds / run.Pages, "0.00 'ms'") : "n/a",
                Units.Number(run.ReaderCpu.TotalMicroseconds / run.Chats, "0.0"));
        }

        if (ClientAtFullSpeed is { } client)
        {
            var seconds = client.WallMilliseconds / 1000;
            table.Add($"The client's listing ({Units.Count(client.Chats)} chats, child process)",
                Units.Number(client.Chats / E2eScale.PageSize / seconds, "N0"), Units.Number(client.Chats / seconds, "N0"), "-",
                Units.Number(client.CpuMicrosecondsPerChat, "0.0"));
        }

        return table.ToString();
    }
}
