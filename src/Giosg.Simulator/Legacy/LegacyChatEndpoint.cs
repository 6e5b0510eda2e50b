using Giosg.Simulator.Auth;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;

namespace Giosg.Simulator.Legacy;

/// <summary><c>GET /api/v5/orgs/&lt;org&gt;/chats</c>: the organization's owned chats, page-numbered.</summary>
internal sealed class LegacyChatEndpoint(SimulatorState state)
{
    private static readonly ApiError InvalidPage = ApiError.Detail(StatusCodes.Status404NotFound, "Invalid page.");
    private readonly Lock _lock = new();
    private (long Version, SimChat[] Chats) _byEndTime = (-1, []);

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

        // Other agents end chats between pages: with only_ended or end_time ordering the pages shift.
        state.Listing.Churn(data.Owned, data);

        // Chats staged to wake up change once the page is written, before the client can have read it.
        return LegacyPager.Read(query.ByEndTime ? ByEndTime(data) : data.Owned, query) is { } page
            ? JsonResponse.WriteAsync(
                context.Response,
                StatusCodes.Status200OK,
                (Request: context.Request, Page: page, Data: data, state.Seed),
                static (writer, args) =>
                {
                    LegacyChatJson.WritePage(writer, args.Request, args.Page, args.Seed);
                    args.Data.WakeUpListed(args.Page.Items);
                })
            : InvalidPage.WriteAsync(context);
    }

    /// <summary>The owned chats by (end time, id), open chats last as PostgreSQL sorts nulls; sorted again only after a chat changed.</summary>
    private SimChat[] ByEndTime(SimulatorData data)
    {
        var version = data.Version;
        lock (_lock)
        {
            if (_byEndTime.Version == version)
            {
                return _byEndTime.Chats;
            }
        }

        var sorted = data.Owned.OrderBy(chat => chat.Lifecycle.EndedTicks is var end and not 0 ? end : long.MaxValue).ThenBy(chat => chat.Id).ToArray();
        lock (_lock)
        {
            _byEndTime = (version, sorted);
        }

        return sorted;
    }
}
