using Giosg.Simulator.Json;

namespace Giosg.Simulator.Hosting;

/// <summary>
/// Routing answers unknown API paths (404) and wrong methods (405) with an empty body; Giosg answers
/// with a JSON <c>detail</c>, so clients that read it get one here too.
/// </summary>
internal sealed class ApiStatusBodyMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        await next(context);
        if (context.Response.HasStarted || context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        var error = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ApiError.NotFound,
            StatusCodes.Status405MethodNotAllowed => ApiError.Detail(StatusCodes.Status405MethodNotAllowed, $"Method \"{context.Request.Method}\" not allowed."),
            _ => null,
        };

        if (error is not null)
        {
            await error.WriteAsync(context);
        }
    }
}
