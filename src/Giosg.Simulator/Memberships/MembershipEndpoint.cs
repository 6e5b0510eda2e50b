using System.Buffers.Binary;
using Giosg.Simulator.Chats;
using Giosg.Simulator.Conversations;
using Giosg.Simulator.Hosting;
using Giosg.Simulator.Paging;

namespace Giosg.Simulator.Memberships;

/// <summary>
/// <c>GET …/{chat}/memberships</c>: one membership per user member and one for the visitor, in the order
/// they joined, cursor-paginated.
/// </summary>
internal sealed class MembershipEndpoint(SimulatorState state)
{
    public static void Map(IEndpointRouteBuilder api, SimulatorState state)
    {
        var endpoint = new MembershipEndpoint(state);
        foreach (var family in (ChatFamily[])[.. ChatFamily.Common, ChatFamily.UserRouted])
        {
            api.MapGet($"{family.Route}/memberships", context => endpoint.ListAsync(context, family));
        }
    }

    private Task ListAsync(HttpContext context, ChatFamily family)
    {
        if (family.Find(context, state.Data, out var error) is not { } chat)
        {
            return error!.WriteAsync(context);
        }

        if (!CursorParameter.TryRead(context.Request.Query, SortField.Memberships, out var cursor, out error))
        {
            return error!.WriteAsync(context);
        }

        var conversation = ConversationSeeder.Generate(chat, state.Seed);
        var members = new KeyedList<ChatMember>(SortField.Memberships, Live.LiveMembers.All(conversation, state.Data), member => new ChatKey(member.JoinedTicks, KeyId(chat, member)));
        var page = CursorPager.Read(members, null, descending: false, cursor, state.PageSize);
        var lifecycle = chat.Lifecycle;
        return CursorPageJson.WriteAsync(context, page, (writer, member) => MembershipJson.Write(writer, conversation, member, lifecycle));
    }

    /// <summary>The member's id as a UUID; the visitor's 128-bit id fits one.</summary>
    private static Guid KeyId(SimChat chat, ChatMember member)
    {
        if (member.User is { } user)
        {
            return user.Id;
        }

        var visitor = chat.Facts.Visitor;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteUInt64LittleEndian(bytes, (ulong)visitor);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], (ulong)(visitor >> 64));
        return new Guid(bytes);
    }
}
