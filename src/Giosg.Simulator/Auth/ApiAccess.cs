using Giosg.Simulator.Http;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Auth;

/// <summary>
/// What the token's user may see: its own organization and itself. Anything else is a 403, as
/// Giosg answers for another organization's or another user's collections.
/// </summary>
internal static class ApiAccess
{
    public static ApiError? CheckOrganization(HttpContext context, SimulatorData data) =>
        RouteValues.Guid(context, "org") == data.OrganizationId ? null : ApiError.PermissionDenied;

    public static ApiError? CheckUser(HttpContext context, SimulatorData data) =>
        RouteValues.Guid(context, "user") == data.TokenUser.Id ? null : ApiError.PermissionDenied;
}
