using Giosg.Client.Chats;
using Giosg.Simulator;
using Giosg.Testing;

namespace Giosg.Client.Tests.Chats;

/// <summary>
/// Where the documents allow two readings (docs/api-assumptions.md), listings give the same chats in
/// the same order under both: the client sends the ordering it wants and applies creation bounds itself.
/// </summary>
public sealed class ReadingsTests : IAsyncLifetime
{
    private GiosgSimulator _sim = null!;

    public static TheoryData<ApiReadings> Readings => new() { ApiReadings.None, ApiReadings.NewestFirstByDefault | ApiReadings.ExclusiveCreatedRange };

    public async Task InitializeAsync() =>
        _sim = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 400, Seed = 12, PageSize = 30, Now = SimulatorFixture.Now });

    public async Task DisposeAsync() => await _sim.DisposeAsync();

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task The_default_order_is_oldest_first_whatever_the_servers_default(ApiReadings readings)
    {
        _sim.Readings = readings;
        using var connection = SimulatorFixture.Connect(_sim);

        var ids = await new GiosgClient(connection).Chats.List(new ChatListRequest()).Select(chat => chat.Id).ToListAsync();

        Assert.Equal(_sim.Data.OwnedChats.Select(chat => chat.Id), ids);
    }

    [Theory]
    [MemberData(nameof(Readings))]
    public async Task Creation_bounds_are_strict_whether_the_server_includes_them_or_not(ApiReadings readings)
    {
        _sim.Readings = readings;
        var owned = _sim.Data.OwnedChats;
        var (after, before) = (owned[50].CreatedAt, owned[250].CreatedAt);
        using var connection = SimulatorFixture.Connect(_sim);

        var ids = await new GiosgClient(connection).Chats.List(new ChatListRequest { CreatedAfter = after, CreatedBefore = before })
            .Select(chat => chat.Id).ToListAsync();

        Assert.Equal(owned.Where(chat => chat.CreatedAt > after && chat.CreatedAt < before).Select(chat => chat.Id), ids);
        Assert.DoesNotContain(owned[50].Id, ids);
        Assert.DoesNotContain(owned[250].Id, ids);
    }
}
