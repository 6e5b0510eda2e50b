using System.Diagnostics;

namespace Giosg.Simulator.Requests;

/// <summary>Records each API request with its outcome; runs first, so injected latency and faults count too.</summary>
internal sealed class RequestLogMiddleware(RequestDelegate next, RequestLog log)
{
    /// <summary>Nginx's "client closed request": the client went away before an answer.</summary>
    private const int ClientClosedRequest = 499;

    public async Task InvokeAsync(HttpContext context)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var timestamp = Stopwatch.GetTimestamp();
        log.Started();
        var failed = false;
        try
        {
            await next(context);
        }
        catch
        {
            failed = true;
            throw;
        }
        finally
        {
            log.Finished(new LoggedRequest(
                context.Request.Method,
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                Outcome(context, failed),
                startedAt,
                Stopwatch.GetElapsedTime(timestamp)));
        }
    }

    /// <summary>The status the client saw, or will see once the server turns an unsent failure into a 500.</summary>
    private static int Outcome(HttpContext context, bool failed) =>
        context.Response.HasStarted ? context.Response.StatusCode
        : context.RequestAborted.IsCancellationRequested ? ClientClosedRequest
        : failed ? StatusCodes.Status500InternalServerError
        : context.Response.StatusCode;
}
