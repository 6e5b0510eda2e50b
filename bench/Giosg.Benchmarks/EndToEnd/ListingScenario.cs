using Giosg.Benchmarks.Reporting;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>
/// Listing every chat at a realistic round trip: the client's streaming listing with prefetch
/// against the collect-everything baseline, bare and with a consumer that costs about one round
/// trip per page, plus the time to the first chat.
/// </summary>
internal static class ListingScenario
{
    private const int FirstChatSamples = 7;

    /// <param name="everything">False for only the three listings the placement check compares (no slow baseline with consumer, no first-chat samples).</param>
    public static async Task<ListingResults> MeasureAsync(int chats, TimeSpan roundTrip, TimeSpan consumerCost, SimulatorPlacement placement, CountChecks checks, bool everything = true)
    {
        var settings = new SimulatorSettings { Chats = chats, Latency = roundTrip, PageSize = E2eScale.PageSize };
        await using var simulator = await RunningSimulator.StartAsync(settings, placement);
        var endpoint = simulator.Endpoint;
        using var client = new DisposableClient(endpoint);
        using var http = endpoint.CreateHttpClient();

        // Warm up both paths (JIT, connection) on a few pages before anything is timed.
        await Listings.ClientAsync(client.Client, TimeSpan.Zero, stopAfter: 10 * E2eScale.PageSize);
        await Listings.BaselineAsync(http, endpoint.RoutedChats, TimeSpan.Zero, maxPages: 10);

        var label = $"{chats:N0} chats, simulator {placement}";
        var client0 = Checked(await Listings.ClientAsync(client.Client, TimeSpan.Zero), $"client listing ({label})");
        var baseline0 = Checked(await Listings.BaselineAsync(http, endpoint.RoutedChats, TimeSpan.Zero), $"baseline listing ({label})");
        var clientConsumer = Checked(await Listings.ClientAsync(client.Client, consumerCost), $"client listing with consumer ({label})");
        var baselineConsumer = everything
            ? Checked(await Listings.BaselineAsync(http, endpoint.RoutedChats, consumerCost), $"baseline listing with consumer ({label})")
            : null;

        TimeSpan? clientFirst = null;
        TimeSpan? baselineFirstPage = null;
        if (everything)
        {
            clientFirst = await MedianAsync(() => Listings.ClientFirstChatAsync(endpoint));
            baselineFirstPage = await MedianAsync(() => Listings.BaselineFirstPageAsync(endpoint));
        }

        return new ListingResults(chats, roundTrip, consumerCost, placement, client0, baseline0, clientConsumer, baselineConsumer, clientFirst, baselineFirstPage);

        ListingRun Checked(ListingRun run, string what)
        {
            checks.Expect(what, endpoint.Chats, run.Count);
            return run;
        }
    }

    private static async Task<TimeSpan> MedianAsync(Func<Task<TimeSpan>> measure)
    {
        await measure(); // warm-up
        var samples = new List<TimeSpan>(FirstChatSamples);
        for (var i = 0; i < FirstChatSamples; i++)
        {
            samples.Add(await measure());
        }

        samples.Sort();
        return samples[samples.Count / 2];
    }
}

/// <summary>Everything one <see cref="ListingScenario"/> measured.</summary>
internal sealed record ListingResults(
    int Chats,
    TimeSpan RoundTrip,
    TimeSpan ConsumerCost,
    SimulatorPlacement Placement,
    ListingRun Client,
    ListingRun Baseline,
    ListingRun ClientWithConsumer,
    ListingRun? BaselineWithConsumer,
    TimeSpan? ClientFirstChat,
    TimeSpan? BaselineFirstPage)
{
    public int Pages => (Chats + E2eScale.PageSize - 1) / E2eScale.PageSize;

    /// <summary>No client can beat one round trip per page: pages are read one after another.</summary>
    public TimeSpan NetworkFloor => RoundTrip * Pages;

    public TimeSpan ConsumerTotal => ConsumerCost * Chats;

    /// <summary>With prefetch the network hides behind the consumer (or the reverse): the larger of the two.</summary>
    public TimeSpan ConsumerFloor => NetworkFloor > ConsumerTotal ? NetworkFloor : ConsumerTotal;

    public string ToMarkdown()
    {
        var table = new MarkdownTable("Measure", "Client", "Baseline", "Floor", "Client ÷ baseline", "Client ÷ floor", "Baseline ÷ floor");
        Row(table, "Wall, listing alone", Client.Wall, Baseline.Wall, NetworkFloor, Units.Seconds);
        if (BaselineWithConsumer is { } baselineConsumer)
        {
            Row(table, $"Wall, consumer {ConsumerCost.TotalMilliseconds:0.##} ms/chat (floor = max(network, consumer))", ClientWithConsumer.Wall, baselineConsumer.Wall, ConsumerFloor, Units.Seconds);
        }

        if (ClientFirstChat is { } first)
        {
            // The baseline hands out nothing before its last page: its first chat comes with its total.
            Row(table, "Time to first chat (baseline collects every page first)", first, Baseline.FirstChat, RoundTrip, Units.Milliseconds);
            Row(table, "Time to first chat (baseline: one GET + JsonDocument, as if it streamed)", first, BaselineFirstPage!.Value, RoundTrip, Units.Milliseconds);
        }

        return table.ToString();
    }

    private static void Row(MarkdownTable table, string measure, TimeSpan client, TimeSpan baseline, TimeSpan floor, Func<TimeSpan, string> format) =>
        table.Add(measure, format(client), format(baseline), format(floor), Units.Ratio(client, baseline), Units.Ratio(client, floor), Units.Ratio(baseline, floor));
}
