using System.Runtime.InteropServices;
using Giosg.Simulator;
using Giosg.Simulator.Hosting;

// The simulator as a process: for scripts, Pester, demos and dry runs that cannot host it in-process.
if (!CommandLine.TryParse(args, out var commandLine, out var error))
{
    await Console.Error.WriteLineAsync($"{error}\n\n{CommandLine.Usage}");
    return 2;
}

if (commandLine.ShowHelp)
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

GiosgSimulator simulator;
try
{
    simulator = await GiosgSimulator.StartAsync(commandLine.Options);
}
catch (IOException exception)
{
    await Console.Error.WriteLineAsync($"Could not start the simulator: {exception.Message}");
    return 1;
}

await using (simulator)
{
    StartupBanner.Write(Console.Out, simulator);

    using var stop = new CancellationTokenSource();
    void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }

    using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
    using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    if (commandLine.ExitOnStandardInputClose)
    {
        // A parent process that dies closes our standard input: stop with it instead of lingering.
        _ = Task.Run(async () =>
        {
            await using var input = Console.OpenStandardInput();
            var buffer = new byte[256];
            while (await input.ReadAsync(buffer) > 0)
            {
            }

            await stop.CancelAsync();
        });
    }

    try
    {
        await Task.Delay(Timeout.Infinite, stop.Token);
    }
    catch (OperationCanceledException)
    {
        // Asked to stop.
    }
}

return 0;
