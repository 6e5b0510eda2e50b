using Giosg.Simulator;

namespace Giosg.Benchmarks.Simulation;

/// <summary>The simulator hosted in the harness's own process: cheap to start, but it shares the CPU with the client.</summary>
internal sealed class InProcessSimulator(GiosgSimulator simulator, SimulatorEndpoint endpoint)
    : RunningSimulator(endpoint, SimulatorPlacement.InProcess)
{
    public override TimeSpan? ProcessorTime => null;

    public static async Task<RunningSimulator> StartAsync(SimulatorSettings settings)
    {
        var simulator = await GiosgSimulator.StartAsync(new SimulatorOptions
        {
            Chats = settings.Chats,
            Seed = settings.Seed,
            PageSize = settings.PageSize,
            Latency = settings.Latency,
            Now = settings.Now,
            Token = SimulatorSettings.Token,
            Cursors = settings.Cursors,
        });
        var endpoint = new SimulatorEndpoint(SimulatorEndpoint.WithTrailingSlash(simulator.BaseUri), simulator.OrganizationId, simulator.Token, simulator.Data.Chats.Count);
        return new InProcessSimulator(simulator, endpoint);
    }

    protected override ValueTask DisposeCoreAsync() => simulator.DisposeAsync();
}
