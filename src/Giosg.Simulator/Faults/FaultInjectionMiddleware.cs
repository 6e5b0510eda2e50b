using Giosg.Simulator.Hosting;

namespace Giosg.Simulator.Faults;

/// <summary>Gives the current <see cref="IFaultInjector"/>, if any, the first say on an API request.</summary>
internal sealed class FaultInjectionMiddleware(RequestDelegate next, SimulatorState state)
{
    /// <summary>The rest of the pipeline, for faults that spoil the API's real answer (see <see cref="DownstreamFeature"/>).</summary>
    private readonly DownstreamFeature _downstream = new(next);

    public async Task InvokeAsync(HttpContext context)
    {
        // Read once: tests swap injectors while requests are in flight.
        var injector = state.Faults;
        if (injector is null)
        {
            await next(context);
            return;
        }

        context.Features.Set(_downstream);
        if (await injector.TryHandleAsync(context))
        {
            return;
        }

        await next(context);
    }
}
