using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Data;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Http;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Visitors;

/// <summary>
/// <c>GET orgs/{org}/owned_chats/{chat}/visitors/{visitor}/variables</c>: the variables of the chat's
/// visitor, in the order they were set, cursor-paginated. Any other visitor is not found.
/// </summary>
internal sealed class VisitorVariableEndpoint(SimulatorState state)
{
    public static void Map(IEndpointRouteBuilder api, SimulatorState state) =>
        api.MapGet($"{ChatFamily.Owned.Route}/visitors/{{visitor}}/variables", new VisitorVariableEndpoint(state).ListAsync);

    private Task ListAsync(HttpContext context)
    {
        if (ChatFamily.Owned.Find(context, state.Data, out var error) is not { } chat
            || !CursorParameter.TryRead(context.Request.Query, SortField.VisitorVariables, out var cursor, out error))
        {
            return error!.WriteAsync(context);
        }

        if (!VisitorIds.TryParse(RouteValues.Text(context, "visitor"), out var visitor) || visitor != chat.Facts.Visitor)
        {
            return ApiError.NotFound.WriteAsync(context);
        }

        var keyLost = ConversationSeeder.KeyLost(chat, state.Seed);
        var variables = new KeyedList<VisitorVariable>(
            SortField.VisitorVariables,
            VisitorVariable.Of(chat),
            variable => new ChatKey(variable.CreatedTicks, NameHash.Id(variable.Key)));
        var page = CursorPager.Read(variables, null, descending: false, cursor, state.PageSize);
        return CursorPageJson.WriteAsync(context, page, (writer, variable) => VisitorVariableJson.Write(writer, chat, variable, keyLost));
    }
}
