namespace Giosg.Benchmarks.Simulation;

/// <summary>Where the simulator runs relative to the client being measured.</summary>
internal enum SimulatorPlacement
{
    /// <summary>In the harness's own process: shares its CPU time, thread pool and GC with the client.</summary>
    InProcess,

    /// <summary>Its own process (the simulator's executable): the client's CPU and memory can be measured alone.</summary>
    Process,
}
