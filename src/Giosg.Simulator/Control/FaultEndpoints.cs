using System.Text.Json;
using Giosg.Simulator.Faults;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Control;

/// <summary>
/// <c>/_simulator/faults</c>: installs a <see cref="FaultPlan"/> from JSON (PUT), removes whatever
/// injector is active (DELETE) and shows the plan with the faults injected so far (GET), for scripts
/// and out-of-process tests that cannot set <see cref="GiosgSimulator.Faults"/>.
/// </summary>
internal static class FaultEndpoints
{
    public static void Map(IEndpointRouteBuilder control, SimulatorState state)
    {
        control.MapGet("faults", context => WriteAsync(context, state.Faults));
        control.MapPut("faults", context => PutAsync(context, state));
        control.MapDelete("faults", context =>
        {
            state.Faults = null;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    /// <summary>200 with the installed plan as GET shows it; 400 naming what is wrong, leaving the active injector alone.</summary>
    private static async Task PutAsync(HttpContext context, SimulatorState state)
    {
        FaultPlan? plan;
        string? error;
        try
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body, default, context.RequestAborted);
            FaultPlanReader.TryRead(body.RootElement, out plan, out error);
        }
        catch (JsonException exception)
        {
            (plan, error) = (null, $"JSON parse error - {exception.Message}");
        }

        if (plan is null)
        {
            await ApiError.BadRequest(error!).WriteAsync(context);
            return;
        }

        state.Faults = plan;
        await WriteAsync(context, plan);
    }

    private static Task WriteAsync(HttpContext context, IFaultInjector? injector) =>
        JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, injector, FaultPlanWriter.Write);
}
