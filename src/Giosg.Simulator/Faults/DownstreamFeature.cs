using Microsoft.AspNetCore.Http.Features;

namespace Giosg.Simulator.Faults;

/// <summary>
/// The rest of the API pipeline (authentication, routing, the endpoint), which the fault middleware
/// puts on each request: a fault that spoils the real answer runs it into a buffer and then sends what
/// it likes of the result. A feature rather than a parameter keeps <see cref="IFaultInjector"/> as it
/// is, and still works when a test's own injector delegates to a <see cref="FaultPlan"/>.
/// </summary>
internal sealed class DownstreamFeature(RequestDelegate next)
{
    /// <summary>Runs the real API with its response body captured; headers and status are set but nothing is sent.</summary>
    /// <returns>The body the API wrote, or <see langword="null"/> when the client has gone away meanwhile.</returns>
    public static async Task<byte[]?> RunBufferedAsync(HttpContext context)
    {
        var downstream = context.Features.Get<DownstreamFeature>()
            ?? throw new InvalidOperationException("A fault that spoils the API's answer only works inside the simulator's request pipeline.");

        var network = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new MemoryStream();
        var capture = new StreamResponseBodyFeature(buffer, network);
        context.Features.Set<IHttpResponseBodyFeature>(capture);
        try
        {
            await downstream.RunAsync(context);
            await capture.CompleteAsync();
        }
        finally
        {
            context.Features.Set(network);
        }

        return context.RequestAborted.IsCancellationRequested ? null : buffer.ToArray();
    }

    private Task RunAsync(HttpContext context) => next(context);
}
