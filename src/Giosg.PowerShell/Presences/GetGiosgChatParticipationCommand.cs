using System.Management.Automation;
using Giosg.Client.Presences;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Presences;

/// <summary>
/// <para type="synopsis">Gets who has taken part in Giosg chats.</para>
/// <para type="description">Streams each chat's participations (004, orgs/&lt;org&gt;/users/&lt;user&gt;/chats/&lt;chat&gt;/participations): the visitor and every user who has sent at least one message, each with Id and Type (visitor or user). 004 reads them through a user's chats: -UserId, else the input's UserId, else Connect-Giosg -UserId.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatParticipation")]
[OutputType(typeof(ChatParticipation))]
public sealed class GetGiosgChatParticipationCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord() => WriteForEachChat((client, chat) => client.Presences.ListParticipations(chat.ChatId, chat.UserId));
}
