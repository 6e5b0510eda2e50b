using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Gets the tags of Giosg chats.</para>
/// <para type="description">Streams each chat's tags. The tags carry their chat's id, so they can be piped to Remove-GiosgChatTag.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatTag")]
[OutputType(typeof(ChatTag))]
public sealed class GetGiosgChatTagCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord() => WriteForEachChat((client, chat) => client.Tags.List(chat));
}
