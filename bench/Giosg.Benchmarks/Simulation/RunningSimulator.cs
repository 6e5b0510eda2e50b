namespace Giosg.Benchmarks.Simulation;

/// <summary>A simulator started for one measurement, in this process or in its own.</summary>
internal abstract class RunningSimulator : IAsyncDisposable
{
    protected RunningSimulator(SimulatorEndpoint endpoint, SimulatorPlacement placement)
    {
        Endpoint = endpoint;
        Placement = placement;
        Control = new SimulatorControl(endpoint.BaseUri);
    }

    public SimulatorEndpoint Endpoint { get; }

    public SimulatorPlacement Placement { get; }

    /// <summary>The <c>/_simulator/…</c> endpoints, which work the same in either placement.</summary>
    public SimulatorControl Control { get; }

    /// <summary>CPU time the simulator has used; null when it shares this process (then it cannot be told apart).</summary>
    public abstract TimeSpan? ProcessorTime { get; }

    public static async Task<RunningSimulator> StartAsync(SimulatorSettings settings, SimulatorPlacement placement) =>
        placement == SimulatorPlacement.InProcess
            ? await InProcessSimulator.StartAsync(settings)
            : await SimulatorProcess.StartAsync(settings);

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await DisposeCoreAsync();
        GC.SuppressFinalize(this);
    }

    protected abstract ValueTask DisposeCoreAsync();
}
