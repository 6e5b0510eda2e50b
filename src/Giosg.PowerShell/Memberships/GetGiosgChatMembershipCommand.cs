using System.Management.Automation;
using Giosg.Client.Memberships;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Memberships;

/// <summary>
/// <para type="synopsis">Gets who has attended Giosg chats.</para>
/// <para type="description">Streams each chat's memberships: the visitor and every user who attended, with presence, participation, composing status and message counts. The visitor's MemberId is what Get-GiosgChatVisitorVariable takes as -VisitorId.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatMembership")]
[OutputType(typeof(ChatMembership))]
public sealed class GetGiosgChatMembershipCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord() => WriteForEachChat((client, chat) => client.Memberships.List(chat));
}
