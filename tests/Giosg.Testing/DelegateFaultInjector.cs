using Giosg.Simulator;
using Microsoft.AspNetCore.Http;

namespace Giosg.Testing;

/// <summary>A fault injector written inline by a test: return true when it answered the request itself.</summary>
public sealed class DelegateFaultInjector(Func<HttpContext, ValueTask<bool>> handle) : IFaultInjector
{
    public ValueTask<bool> TryHandleAsync(HttpContext context) => handle(context);

    /// <summary>Answers matching requests with <paramref name="status"/> and a DRF-style body; lets others through.</summary>
    public static DelegateFaultInjector Respond(Func<HttpRequest, bool> matches, int status) => new(async context =>
    {
        if (!matches(context.Request))
        {
            return false;
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"detail": "Injected failure."}""");
        return true;
    });

    /// <summary>Lets <paramref name="fault"/> answer the first <paramref name="times"/> matching requests, then lets them through.</summary>
    public static DelegateFaultInjector FirstTimes(Func<HttpRequest, bool> matches, int times, Func<HttpContext, Task> fault)
    {
        var remaining = times;
        return new(async context =>
        {
            if (!matches(context.Request) || Interlocked.Decrement(ref remaining) < 0)
            {
                return false;
            }

            await fault(context);
            return true;
        });
    }

    /// <summary>A status with a DRF-style body (and a Retry-After, when given).</summary>
    public static Func<HttpContext, Task> Status(int status, string? retryAfter = null) => async context =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync("""{"detail": "Injected failure."}""");
    };

    /// <summary>Drops the connection without an answer.</summary>
    public static Func<HttpContext, Task> Reset => context =>
    {
        context.Abort();
        return Task.CompletedTask;
    };

    /// <summary>Promises a body, sends half of it, then drops the connection.</summary>
    public static Func<HttpContext, Task> Truncated => async context =>
    {
        var body = """{"next": null, "previous": null, "results": [{"id": "00000000-0000-0000-0000-000000000001"}]}"""u8.ToArray();
        context.Response.StatusCode = 200;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body.AsMemory(0, body.Length / 2));
        await context.Response.Body.FlushAsync();
        context.Abort();
    };

    /// <summary>Answers only after <paramref name="delay"/> (or when the client gives up).</summary>
    public static Func<HttpContext, Task> Slow(TimeSpan delay) => async context =>
    {
        try
        {
            await Task.Delay(delay, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        await Status(504)(context);
    };
}
