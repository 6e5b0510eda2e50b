using Giosg.Simulator.Hosting;

namespace Giosg.Simulator.Faults;

/// <summary>Gives the current <see cref="IFaultInjector"/>, if any, the first say on an API request.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, SimulatorState state)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // Read once: tests swap injectors while requests are in flight.
        var injector = state.Faults;
        if (injector is not null && await injector.TryHandleAsync(context))
        {
            return;
        }

        await next(context);
    }
}
