using System.Text.Json;
using Giosg.Benchmarks.Simulation;

namespace Giosg.Benchmarks.Micro;

/// <summary>One real 100-chat page as the simulator writes it, captured once so both parsers read the same bytes.</summary>
internal static class CannedPage
{
    public const int Chats = 100;

    /// <summary>An organization of exactly one page, so the page's <c>next</c> is null and the client stops after it.</summary>
    public static async Task<byte[]> CaptureAsync()
    {
        await using var simulator = await RunningSimulator.StartAsync(new SimulatorSettings { Chats = Chats, PageSize = Chats }, SimulatorPlacement.InProcess);
        using var http = simulator.Endpoint.CreateHttpClient();
        var page = await http.GetByteArrayAsync(simulator.Endpoint.RoutedChats);

        using var document = JsonDocument.Parse(page);
        var root = document.RootElement;
        if (root.GetProperty("results").GetArrayLength() != Chats || root.GetProperty("next").ValueKind != JsonValueKind.Null)
        {
            throw new InvalidOperationException($"Expected one page of {Chats} chats with no next link.");
        }

        return page;
    }
}
