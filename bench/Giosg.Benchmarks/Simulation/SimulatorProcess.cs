using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Giosg.Benchmarks.Simulation;

/// <summary>
/// The simulator's own executable (copied next to ours by the project reference), so the client
/// under measurement has this process's CPU, thread pool and GC to itself.
/// </summary>
internal sealed class SimulatorProcess : RunningSimulator
{
    private readonly Process _process;
    private readonly Task _drain;

    private SimulatorProcess(Process process, Task drain, SimulatorEndpoint endpoint)
        : base(endpoint, SimulatorPlacement.Process)
    {
        _process = process;
        _drain = drain;
    }

    public override TimeSpan? ProcessorTime => ProcessCpu.Of(_process);

    public static async Task<RunningSimulator> StartAsync(SimulatorSettings settings)
    {
        var start = ChildProcess.StartInfo("Giosg.Simulator",
        [
            "--chats", settings.Chats.ToString(CultureInfo.InvariantCulture),
            "--seed", settings.Seed.ToString(CultureInfo.InvariantCulture),
            "--page-size", settings.PageSize.ToString(CultureInfo.InvariantCulture),
            "--latency-ms", ((int)settings.Latency.TotalMilliseconds).ToString(CultureInfo.InvariantCulture),
            "--now", settings.Now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
            "--token", SimulatorSettings.Token,
            "--cursors", settings.CursorsArgument,
            // If the harness dies, the simulator's standard input closes and it stops too.
            "--exit-on-stdin-close",
        ]);
        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;

        var process = Process.Start(start) ?? throw new InvalidOperationException("The simulator process did not start.");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var endpoint = await ReadBannerAsync(process, errors);

            // Keep reading both streams so a full pipe never blocks the simulator.
            var drain = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), errors);
            return new SimulatorProcess(process, drain, endpoint);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <summary>The first line of output: one JSON object with everything a client needs.</summary>
    private static async Task<SimulatorEndpoint> ReadBannerAsync(Process process, Task<string> errors)
    {
        var first = await process.StandardOutput.ReadLineAsync();
        if (first is null)
        {
            await process.WaitForExitAsync();
            throw new InvalidOperationException($"The simulator exited with code {process.ExitCode} before listening: {await errors}");
        }

        using var banner = JsonDocument.Parse(first);
        var root = banner.RootElement;
        return new SimulatorEndpoint(
            SimulatorEndpoint.WithTrailingSlash(new Uri(root.GetProperty("baseUri").GetString()!)),
            root.GetProperty("organizationId").GetGuid(),
            root.GetProperty("token").GetString()!,
            root.GetProperty("chats").GetInt32());
    }

    protected override async ValueTask DisposeCoreAsync()
    {
        using (_process)
        {
            _process.StandardInput.Close();
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(patience.Token);
            }
            catch (OperationCanceledException)
            {
                // Our own child, by its handle: it did not stop when asked.
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }

            await _drain;
        }
    }
}
