using Giosg.Client;
using Giosg.Client.Chats;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Visitors;

/// <summary>
/// Reads a chat's visitor variables; without a visitor id it finds the chat's visitor through
/// the memberships first, as the API guide (000) suggests.
/// </summary>
internal sealed class VisitorVariableReader(GiosgClient client, ICommandOutput output, CancellationToken cancellationToken)
{
    public void Write(ChatReference chat, string? visitorId)
    {
        PerChat.Try(output, chat.ChatId, () =>
        {
            var visitor = visitorId ?? FindVisitor(chat);
            if (visitor is null)
            {
                output.WriteVerbose($"Chat {chat.ChatId} has no visitor member, so no visitor variables.");
                return;
            }

            ListingWriter.Write(client.Visitors.ListVariables(chat.ChatId, visitor), output, 0, ulong.MaxValue, cancellationToken);
        });
    }

    private string? FindVisitor(ChatReference chat) =>
        Blocking.Enumerate(client.Memberships.List(chat), cancellationToken)
            .FirstOrDefault(member => string.Equals(member.MemberType, "visitor", StringComparison.Ordinal))?.MemberId;
}
