using System.Diagnostics;
using Giosg.Benchmarks.Baseline;
using Giosg.Benchmarks.Simulation;
using Giosg.Client;
using Giosg.Client.Chats;

namespace Giosg.Benchmarks.EndToEnd;

/// <summary>The two ways to list every chat that the harness compares, each timed the same way.</summary>
internal static class Listings
{
    private static readonly ChatListRequest EveryChat = new() { Scope = ChatScope.Routed };

    /// <summary>The client: chats stream out as each page arrives while the next page is fetched.</summary>
    /// <param name="afterChat">Called with the running count after each chat.</param>
    public static async Task<ListingRun> ClientAsync(GiosgClient client, TimeSpan consumerCostPerChat, int? stopAfter = null, Action<long>? afterChat = null)
    {
        var cpu = CurrentProcessorTime();
        var clock = Stopwatch.StartNew();
        TimeSpan? first = null;
        long count = 0;
        await foreach (var chat in client.Chats.List(EveryChat))
        {
            first ??= clock.Elapsed;
            count += chat.Id == Guid.Empty ? 0 : 1; // touch the chat, as any consumer would
            BusyConsumer.Work(consumerCostPerChat);
            afterChat?.Invoke(count);
            if (count == stopAfter)
            {
                break;
            }
        }

        return new ListingRun(count, clock.Elapsed, first ?? clock.Elapsed, CurrentProcessorTime() - cpu);
    }

    /// <summary>The baseline: every page collected first, so the first chat is usable only after the last page.</summary>
    public static async Task<ListingRun> BaselineAsync(HttpClient http, Uri firstPage, TimeSpan consumerCostPerChat, int maxPages = int.MaxValue, Action<long>? afterChat = null)
    {
        var cpu = CurrentProcessorTime();
        var clock = Stopwatch.StartNew();
        using var collected = await JsonDocumentListing.CollectAsync(http, firstPage, maxPages);
        var first = clock.Elapsed;
        long count = 0;
        foreach (var chat in collected.Chats)
        {
            count += chat.GetProperty("id").GetGuid() == Guid.Empty ? 0 : 1; // JsonElement is lazy: read what a consumer would
            BusyConsumer.Work(consumerCostPerChat);
            afterChat?.Invoke(count);
        }

        return new ListingRun(count, clock.Elapsed, first, CurrentProcessorTime() - cpu);
    }

    /// <summary>
    /// The client's time to its first chat on a new connection, as for the first command of a
    /// session (and as after any early stop: cancelling the prefetch closes its connection).
    /// </summary>
    public static async Task<TimeSpan> ClientFirstChatAsync(SimulatorEndpoint endpoint)
    {
        using var client = new DisposableClient(endpoint);
        var clock = Stopwatch.StartNew();
        await using var chats = client.Client.Chats.List(EveryChat).GetAsyncEnumerator();
        if (!await chats.MoveNextAsync())
        {
            throw new InvalidOperationException("The listing is empty.");
        }

        return clock.Elapsed;
    }

    /// <summary>What a hand-written loop that did stream would need for its first chat: one GET and one JsonDocument, on a new connection too.</summary>
    public static async Task<TimeSpan> BaselineFirstPageAsync(SimulatorEndpoint endpoint)
    {
        using var http = endpoint.CreateHttpClient();
        var clock = Stopwatch.StartNew();
        using var page = await JsonDocumentListing.GetPageAsync(http, endpoint.RoutedChats);
        _ = page.RootElement.GetProperty("results")[0].GetProperty("id").GetGuid();
        return clock.Elapsed;
    }

    public static TimeSpan CurrentProcessorTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
