using Giosg.Simulator.Auth;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary><c>GET /api/v5/orgs/&lt;org&gt;/chats</c>: the organization's owned chats, page-numbered.</summary>
internal sealed class LegacyChatEndpoint(SimulatorState state)
{
    private static readonly ApiError InvalidPage = ApiError.Detail(StatusCodes.Status404NotFound, "Invalid page.");

    public static void Map(IEndpointRouteBuilder api, SimulatorState state) =>
        api.MapGet("orgs/{org:guid}/chats", new LegacyChatEndpoint(state).ListAsync);

    private Task ListAsync(HttpContext context)
    {
        var data = state.Data;
        if (ApiAccess.CheckOrganization(context, data) is { } denied)
        {
            return denied.WriteAsync(context);
        }

        if (!LegacyChatQuery.TryParse(context.Request.Query, out var query, out var error))
        {
            return error!.WriteAsync(context);
        }

        // Chats staged to wake up change once the page is written, before the client can have read it.
        return LegacyPager.Read(data.Owned, query) is { } page
            ? JsonResponse.WriteAsync(
                context.Response,
                StatusCodes.Status200OK,
                (Request: context.Request, Page: page, Data: data),
                static (writer, args) =>
                {
                    LegacyChatJson.WritePage(writer, args.Request, args.Page);
                    args.Data.WakeUpListed(args.Page.Items);
                })
            : InvalidPage.WriteAsync(context);
    }
}
