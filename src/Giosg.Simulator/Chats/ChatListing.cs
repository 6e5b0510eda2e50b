using System.Text.Json;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Json;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Chats;

/// <summary>Serves a cursor-paginated chat collection: <c>{"next", "previous", "results"}</c>.</summary>
internal sealed class ChatListing(SimulatorState state)
{
    private static readonly JsonEncodedText Next = JsonEncodedText.Encode("next");
    private static readonly JsonEncodedText Previous = JsonEncodedText.Encode("previous");
    private static readonly JsonEncodedText Results = JsonEncodedText.Encode("results");

    /// <summary>Hand the response to the network this often, so huge page sizes do not pile up in memory.</summary>
    private const int FlushEvery = 100;

    private readonly UpdatedOrderCache _updatedOrder = new(state.Data);

    /// <param name="context">The request.</param>
    /// <param name="scope">The collection's chats in creation order.</param>
    /// <param name="parameters">The GET parameters this collection documents.</param>
    /// <param name="pendingOnly">Keep only pending chats (the pending collections).</param>
    /// <param name="visitor">Keep only this visitor's chats (the visitor collection); zero for all.</param>
    public Task WriteAsync(HttpContext context, SimChat[] scope, ChatListParameters parameters, bool pendingOnly = false, UInt128 visitor = default)
    {
        if (!ChatListQuery.TryParse(context.Request.Query, parameters, state.Data.TokenUser, out var query, out var error))
        {
            return error!.WriteAsync(context);
        }

        var filter = pendingOnly || visitor != UInt128.Zero ? query.Filter with { PendingOnly = pendingOnly, Visitor = visitor } : query.Filter;
        var index = query.Field == SortField.CreatedAt ? ChatIndex.ByCreation(scope) : _updatedOrder.For(scope);
        var page = CursorPager.Read(index, filter, query.Descending, query.Cursor, state.PageSize);
        return WritePageAsync(context, page);
    }

    private static async Task WritePageAsync(HttpContext context, CursorPage page)
    {
        using var writer = JsonResponse.Start(context.Response);
        writer.WriteStartObject();
        WriteLink(writer, Next, context.Request, page.Next);
        WriteLink(writer, Previous, context.Request, page.Previous);
        writer.WriteStartArray(Results);
        for (var i = 0; i < page.Items.Count; i++)
        {
            ChatJson.Write(writer, page.Items[i]);
            if ((i + 1) % FlushEvery == 0)
            {
                await JsonResponse.FlushAsync(writer, context.Response);
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        await JsonResponse.FlushAsync(writer, context.Response);
    }

    private static void WriteLink(Utf8JsonWriter writer, JsonEncodedText name, HttpRequest request, Cursor? cursor)
    {
        if (cursor is { } value)
        {
            writer.WriteString(name, PageLinks.With(request, "cursor", value.Encode()));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
