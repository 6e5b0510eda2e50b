using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Giosg.Benchmarks.Baseline;
using Giosg.Benchmarks.Simulation;
using Giosg.Client;
using Giosg.Client.Chats;

namespace Giosg.Benchmarks.Micro;

/// <summary>
/// One 100-chat page into objects: the client's listing (source-generated System.Text.Json behind its
/// HTTP pipeline, served from memory) against reading the same bytes by hand through JsonDocument.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 5, iterationCount: 15)]
public class PageParsingBenchmarks : IDisposable
{
    private static readonly ChatListRequest AllChats = new() { Scope = ChatScope.Routed };
    private static readonly Uri PageUri = new("http://127.0.0.1/api/v5/page");

    private byte[] _page = [];
    private GiosgClient? _client;
    private HttpClient? _http;

    [GlobalSetup]
    public void Setup()
    {
        _page = CannedPage.CaptureAsync().GetAwaiter().GetResult();
        var endpoint = new SimulatorEndpoint(new Uri("http://127.0.0.1/"), Guid.NewGuid(), SimulatorSettings.Token, CannedPage.Chats);
        _client = endpoint.CreateClient(new CannedPageHandler(_page));
        _http = new HttpClient(new CannedPageHandler(_page));
    }

    [Benchmark(Baseline = true, Description = "JsonDocument -> hand-read DTO")]
    public int JsonDocumentToDto()
    {
        using var document = JsonDocument.Parse(_page);
        var chats = new List<HandReadChat>(CannedPage.Chats);
        foreach (var chat in document.RootElement.GetProperty("results").EnumerateArray())
        {
            chats.Add(HandReadChat.From(chat));
        }

        return chats.Count;
    }

    [Benchmark(Description = "JsonDocument -> dictionary per chat")]
    public int JsonDocumentToDictionary()
    {
        using var document = JsonDocument.Parse(_page);
        var chats = new List<Dictionary<string, object?>>(CannedPage.Chats);
        foreach (var chat in document.RootElement.GetProperty("results").EnumerateArray())
        {
            chats.Add(DictionaryChat.From(chat));
        }

        return chats.Count;
    }

    [Benchmark(Description = "HttpClient + JsonDocument -> DTO (same handler)")]
    public async Task<int> HttpClientJsonDocumentToDto()
    {
        using var document = await JsonDocumentListing.GetPageAsync(_http!, PageUri);
        var chats = new List<HandReadChat>(CannedPage.Chats);
        foreach (var chat in document.RootElement.GetProperty("results").EnumerateArray())
        {
            chats.Add(HandReadChat.From(chat));
        }

        return chats.Count;
    }

    [Benchmark(Description = "Client Chats.List (source-generated STJ)")]
    public async Task<int> ClientListing()
    {
        var count = 0;
        await foreach (var chat in _client!.Chats.List(AllChats))
        {
            count += chat.MessageCount >= 0 ? 1 : 0;
        }

        return count;
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _client?.Connection.Dispose();
        _http?.Dispose();
        GC.SuppressFinalize(this);
    }
}
