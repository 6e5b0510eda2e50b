namespace Giosg.Simulator.Tests.Infrastructure;

/// <summary>A simulator of the test class's own, for tests that change chats, the clock or the request log.</summary>
public abstract class OwnSimulator : IAsyncLifetime
{
    private GiosgSimulator? _simulator;

    protected GiosgSimulator Simulator => _simulator ?? throw new InvalidOperationException("Not started.");

    protected ApiClient Api { get; private set; } = null!;

    protected virtual SimulatorOptions Options => new() { Chats = 2000, Seed = 11, Now = SharedSimulator.Now, PageSize = 50 };

    public async Task InitializeAsync()
    {
        _simulator = await GiosgSimulator.StartAsync(Options);
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
