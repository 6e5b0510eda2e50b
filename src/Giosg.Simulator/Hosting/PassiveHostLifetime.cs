using Microsoft.Extensions.Hosting;

namespace Giosg.Simulator.Hosting;

/// <summary>
/// Replaces the console lifetime, which would take over Ctrl+C and SIGTERM of whatever process hosts the
/// simulator (a test run, a PowerShell session). The owner stops the simulator by disposing it.
/// </summary>
internal sealed class PassiveHostLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
