using System.Management.Automation;
using Giosg.Client.Presences;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Presences;

/// <summary>
/// <para type="synopsis">Gets the operators present in Giosg chats now.</para>
/// <para type="description">Streams each chat's operator presences (004, orgs/&lt;org&gt;/chats/&lt;chat&gt;/presences): who is "joined" to the chat now, in the order they joined. Each presence carries ChatId and UserId, so it pipes into Remove-GiosgChatPresence. A presence names the chat by id alone, whatever family the chat was read through.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatPresence")]
[OutputType(typeof(ChatPresence))]
public sealed class GetGiosgChatPresenceCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord() => WriteForEachChat((client, chat) => client.Presences.List(chat.ChatId));
}
