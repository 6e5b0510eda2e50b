using Giosg.Simulator.Tests.Infrastructure;

namespace Giosg.Simulator.Tests;

public sealed class SeedingTests
{
    [Fact]
    public async Task The_same_seed_and_options_give_the_same_data()
    {
        await using var first = await GiosgSimulator.StartAsync(SharedSimulator.Options());
        await using var second = await GiosgSimulator.StartAsync(SharedSimulator.Options());

        Assert.Equal(first.OrganizationId, second.OrganizationId);
        Assert.Equal(first.UserId, second.UserId);
        Assert.Equal(Describe(first.Data), Describe(second.Data));
        Assert.Equal(first.Data.Rooms.Select(room => room.Id), second.Data.Rooms.Select(room => room.Id));
    }

    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        await using var first = await GiosgSimulator.StartAsync(SharedSimulator.Options());
        var options = SharedSimulator.Options();
        options.Seed = 8;
        await using var second = await GiosgSimulator.StartAsync(options);

        Assert.NotEqual(first.OrganizationId, second.OrganizationId);
        Assert.NotEqual(first.Data.Chats[0].Id, second.Data.Chats[0].Id);
    }

    [Fact]
    public async Task Organization_rooms_and_users_do_not_depend_on_the_chat_count()
    {
        var options = SharedSimulator.Options();
        options.Chats = 10;
        await using var small = await GiosgSimulator.StartAsync(options);
        await using var large = await GiosgSimulator.StartAsync(SharedSimulator.Options());

        Assert.Equal(large.OrganizationId, small.OrganizationId);
        Assert.Equal(large.Data.Users.Select(user => user.Id), small.Data.Users.Select(user => user.Id));
        Assert.Equal(large.Data.Rooms.Select(room => room.Id), small.Data.Rooms.Select(room => room.Id));
    }

    [Fact]
    public async Task The_organization_has_own_rooms_shared_rooms_and_users()
    {
        await using var simulator = await GiosgSimulator.StartAsync(SharedSimulator.Options());
        var data = simulator.Data;

        Assert.Equal(6, data.Rooms.Count(room => !room.IsShared && room.OrganizationId == data.OrganizationId));
        Assert.Equal(2, data.Rooms.Count(room => room.IsShared && room.OrganizationId != data.OrganizationId));
        Assert.Equal(5, data.Users.Count(user => user.OrganizationId == data.OrganizationId));
        Assert.Contains(data.TokenUser, data.Users);
        Assert.Equal(simulator.UserId, data.TokenUser.Id);
    }

    [Fact]
    public async Task Options_choose_the_organization_user_token_and_now()
    {
        var options = new SimulatorOptions
        {
            Chats = 50,
            OrganizationId = Guid.NewGuid(),
            UserId = Guid.NewGuid(),
            Token = "secret-token",
            Now = new DateTimeOffset(2024, 6, 1, 10, 0, 0, TimeSpan.FromHours(3)),
        };

        await using var simulator = await GiosgSimulator.StartAsync(options);

        Assert.Equal(options.OrganizationId, simulator.OrganizationId);
        Assert.Equal(options.UserId, simulator.UserId);
        Assert.Equal("secret-token", simulator.Token);
        Assert.Equal(options.Now, simulator.Clock.Now);
        Assert.All(simulator.Data.Chats, chat => Assert.True(chat.UpdatedAt <= options.Now));
    }

    [Fact]
    public async Task Without_now_the_clock_starts_at_the_current_whole_second()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 10 });

        Assert.InRange(simulator.Clock.Now, before, DateTimeOffset.UtcNow);
        Assert.Equal(0, simulator.Clock.Now.Millisecond);
        Assert.Matches("^[0-9a-f]{40}$", simulator.Token);
    }

    [Fact]
    public async Task A_hundred_thousand_chats_start_and_serve_a_first_page()
    {
        await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 100_000, Now = SharedSimulator.Now });
        using var api = new ApiClient(simulator);

        var page = await api.GetJsonAsync(api.Org("owned_chats?ordering=-created_at&is_ended=false"));

        Assert.Equal(100, page["results"]!.AsArray().Count);
        Assert.NotNull(page["next"]);
    }

    [Theory]
    [InlineData(-1, 100, 0)]
    [InlineData(10, 0, 0)]
    [InlineData(10, 100, 70000)]
    public async Task Out_of_range_options_are_rejected(int chats, int pageSize, int port)
    {
        var options = new SimulatorOptions { Chats = chats, PageSize = pageSize, Port = port };

        await Assert.ThrowsAnyAsync<ArgumentException>(() => GiosgSimulator.StartAsync(options));
    }

    [Fact]
    public async Task The_simulator_listens_on_loopback_only()
    {
        await using var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 10 });

        Assert.Equal("127.0.0.1", simulator.BaseUri.Host);
        Assert.NotEqual(0, simulator.BaseUri.Port);
    }

    private static List<string> Describe(SimulatorData data) =>
        data.Chats.Select(chat => $"{chat.Id} {chat.ChatType} {chat.RoomId} {chat.CreatedAt:O} {chat.UpdatedAt:O} {chat.EndedAt:O} {chat.VisitorId} {chat.MessageCount} {chat.IsWaiting}").ToList();
}
