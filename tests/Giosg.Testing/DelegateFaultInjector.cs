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
}
