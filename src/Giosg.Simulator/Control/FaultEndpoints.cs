using System.Globalization;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Control;

/// <summary>
/// <c>/_simulator/faults</c>, for scripts and out-of-process tests that cannot set
/// <see cref="GiosgSimulator.Faults"/>: PUT <c>?spec=mixed:0.1&amp;seed=1</c> installs a
/// <see cref="FaultPlan"/>, DELETE removes whatever injector is active, GET shows the plan and how many
/// requests it has faulted.
/// </summary>
internal static class FaultEndpoints
{
    public static void Map(IEndpointRouteBuilder control, SimulatorState state)
    {
        control.MapGet("faults", context => WriteAsync(context, state.Faults));
        control.MapPut("faults", context =>
        {
            var seedText = context.Request.Query["seed"].ToString();
            var seed = 1;
            if (seedText.Length > 0 && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
            {
                return ApiError.BadRequest($"seed '{seedText}' is not a whole number.").WriteAsync(context);
            }

            if (!FaultPlan.TryParse(context.Request.Query["spec"].ToString(), seed, out var plan, out var error))
            {
                return ApiError.BadRequest(error!).WriteAsync(context);
            }

            state.Faults = plan;
            return WriteAsync(context, plan);
        });
        control.MapDelete("faults", context =>
        {
            state.Faults = null;
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return Task.CompletedTask;
        });
    }

    private static Task WriteAsync(HttpContext context, IFaultInjector? injector) =>
        JsonResponse.WriteAsync(context.Response, StatusCodes.Status200OK, injector, (writer, active) =>
        {
            writer.WriteStartObject();
            writer.WriteBoolean("active", active is not null);
            if (active is FaultPlan plan)
            {
                writer.WriteString("spec", plan.ToString());
                writer.WriteNumber("seed", plan.Seed);
                writer.WriteNumber("injected", plan.Injected.Count);
            }

            writer.WriteEndObject();
        });
}
