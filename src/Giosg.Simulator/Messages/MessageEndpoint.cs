using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Messages;

/// <summary><c>GET …/{chat}/messages</c>: the chat's generated conversation, newest first, cursor-paginated.</summary>
internal sealed class MessageEndpoint(SimulatorState state)
{
    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoint = new MessageEndpoint(state);
        foreach (var family in (ChatFamily[])[.. ChatFamily.Common, ChatFamily.UserRouted])
        {
            api.MapGet($"{family.Route}/messages", context => endpoint.ListAsync(context, family));
        }
    }

    private Task ListAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat)
        {
            return error!.WriteAsync(context);
        }

        if (!MessageQuery.TryParse(context.Request.Query, out var query, out error))
        {
            return error!.WriteAsync(context);
        }

        var conversation = ConversationSeeder.Generate(chat, state.Seed);
        var messages = new KeyedList<SimMessage>(SortField.Messages, conversation.Messages.Concat(state.Data.Activity.Added(chat.Id)), message => new ChatKey(message.CreatedTicks, message.Id));

        // "Ordered by the creation date in descending order", as the documents say.
        var page = CursorPager.Read(messages, query.Matches, descending: true, query.Cursor, state.PageSize);
        return CursorPageJson.WriteAsync(context, page, (writer, message) => MessageJson.Write(writer, conversation, message));
    }
}
