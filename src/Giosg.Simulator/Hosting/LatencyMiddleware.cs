namespace Giosg.Simulator.Hosting;

/// <summary>Delays every API request, so benchmarks can show what a client's concurrency buys over a real network.</summary>
internal sealed class LatencyMiddleware(RequestDelegate next, TimeSpan latency)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (latency > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(latency, context.RequestAborted);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client gave up; nobody is left to answer.
                return;
            }
        }

        await next(context);
    }
}
