namespace Giosg.Simulator.Http;

/// <summary>Typed access to route values; the route templates' constraints have already validated them.</summary>
internal static class RouteValues
{
    public static Guid Guid(HttpContext context, string name) => System.Guid.Parse((string)context.Request.RouteValues[name]!);

    public static string Text(HttpContext context, string name) => (string)context.Request.RouteValues[name]!;
}
