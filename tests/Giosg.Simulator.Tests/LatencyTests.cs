using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

public sealed class LatencyTests : OwnSimulator
{
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(150);

    protected override SimulatorOptions Options => new() { Chats = 50, Now = SharedSimulator.Now, Latency = Latency };

    [Fact]
    public async Task Latency_is_added_to_every_api_request_and_shows_in_the_log()
    {
        using var http = new HttpClient { BaseAddress = Simulator.BaseUri };

        await Api.GetJsonAsync(Api.Org("owned_chats"));
        using var info = await http.GetAsync("_simulator/info");

        var logged = Assert.Single(Simulator.Requests.Snapshot());
        Assert.True(logged.Duration >= Latency, $"took {logged.Duration}");
        Assert.True(logged.StartedAt <= DateTimeOffset.UtcNow);
    }
}
