using Giosg.Client.Connections;
using Giosg.Client.Http;
using Giosg.Simulator;

namespace Giosg.Testing;

/// <summary>One seeded simulator shared by a test collection; tests only read its chats.</summary>
public sealed class SimulatorFixture : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);

    public const int PageSize = 50;

    /// <summary>The default retry rules with millisecond waits, so tests of failures stay fast.</summary>
    public static readonly RetrySettings FastRetries = new() { BaseDelay = TimeSpan.FromMilliseconds(1), MaxRetryWait = TimeSpan.FromSeconds(5) };

    public GiosgSimulator Simulator { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Simulator = await GiosgSimulator.StartAsync(new SimulatorOptions { Chats = 1200, Seed = 7, Now = Now, PageSize = PageSize });

    public async Task DisposeAsync() => await Simulator.DisposeAsync();

    /// <summary>A connection to the simulator whose traffic <paramref name="handler"/> can watch.</summary>
    public GiosgConnection Connect(CountingHandler? handler = null, Guid? userId = null, string? token = null) =>
        Connect(Simulator, handler, userId, token);

    public static GiosgConnection Connect(GiosgSimulator simulator, CountingHandler? handler = null, Guid? userId = null, string? token = null, RetrySettings? retry = null)
    {
        Assert.True(ApiToken.TryCreate(token ?? simulator.Token, out var apiToken, out _));
        return new GiosgConnection(apiToken, new GiosgConnectionOptions
        {
            OrganizationId = simulator.OrganizationId,
            UserId = userId,
            BaseUri = simulator.BaseUri,
            ReportingBaseUri = simulator.BaseUri,
            UserAgent = "Giosg.Client.Tests/1.0",
            InnerHandler = handler,
            Retry = retry ?? FastRetries,
        });
    }
}
