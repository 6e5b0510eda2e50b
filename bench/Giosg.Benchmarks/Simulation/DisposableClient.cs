using Giosg.Client;

namespace Giosg.Benchmarks.Simulation;

/// <summary>A client whose connection closes with it.</summary>
internal sealed class DisposableClient(SimulatorEndpoint endpoint, HttpMessageHandler? innerHandler = null) : IDisposable
{
    public GiosgClient Client { get; } = endpoint.CreateClient(innerHandler);

    public void Dispose() => Client.Connection.Dispose();
}
