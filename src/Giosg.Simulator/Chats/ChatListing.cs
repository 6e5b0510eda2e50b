using Giosg.Simulator.Hosting;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Chats;

/// <summary>Serves a cursor-paginated chat collection: <c>{"next", "previous", "results"}</c>.</summary>
internal sealed class ChatListing(SimulatorState state)
{
    private readonly UpdatedOrderCache _updatedOrder = new(state.Data);

    /// <param name="context">The request.</param>
    /// <param name="scope">The collection's chats in creation order.</param>
    /// <param name="parameters">The GET parameters this collection documents.</param>
    /// <param name="pendingOnly">Keep only pending chats (the pending collections).</param>
    /// <param name="visitor">Keep only this visitor's chats (the visitor collection); zero for all.</param>
    /// <param name="write">Writes one chat; 001's shape when null.</param>
    public Task WriteAsync(HttpContext context, SimChat[] scope, ChatListParameters parameters, bool pendingOnly = false, UInt128 visitor = default, Action<System.Text.Json.Utf8JsonWriter, SimChat>? write = null)
    {
        if (!ChatListQuery.TryParse(context.Request.Query, parameters, state.Data.TokenUser, out var query, out var error))
        {
            return error!.WriteAsync(context);
        }

        var filter = pendingOnly || visitor != UInt128.Zero ? query.Filter with { PendingOnly = pendingOnly, Visitor = visitor } : query.Filter;
        var index = query.Field == SortField.CreatedAt ? ChatIndex.ByCreation(scope) : _updatedOrder.For(scope);
        var page = CursorPager.Read(index, filter, query.Descending, query.Cursor, state.PageSize, state.Listing.Cursors);
        state.Listing.Churn(scope, state.Data);

        // Chats staged to wake up change only once the client has them with their old updated_at.
        return CursorPageJson.WriteAsync(context, page, write ?? ChatJson.Write, () => state.Data.WakeUpListed(page.Items));
    }
}
