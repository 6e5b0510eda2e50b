namespace Giosg.Simulator.Tests.Infrastructure;

/// <summary>
/// One simulator for the tests that only read: a fixed seed and "now", and a small server page size
/// so a thousand chats span many pages. Tests that change chats or count requests start their own.
/// </summary>
public sealed class SharedSimulator : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public const int PageSize = 50;

    private GiosgSimulator? _simulator;

    public GiosgSimulator Simulator => _simulator ?? throw new InvalidOperationException("Not started.");

    public ApiClient Api { get; private set; } = null!;

    public SimulatorData Data => Simulator.Data;

    public static SimulatorOptions Options() => new() { Chats = 1000, Seed = 7, Now = Now, PageSize = PageSize };

    public async Task InitializeAsync()
    {
        _simulator = await GiosgSimulator.StartAsync(Options());
        Api = new ApiClient(_simulator);
    }

    public async Task DisposeAsync()
    {
        Api?.Dispose();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class SharedSimulatorGroup : ICollectionFixture<SharedSimulator>
{
    public const string Name = "Shared read-only simulator";
}
