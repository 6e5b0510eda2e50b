using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Gets the tags of Giosg chats.</para>
/// <para type="description">Streams each chat's tags. The tags carry their chat's id, so they can be piped to Remove-GiosgChatTag.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatTag", DefaultParameterSetName = IdSet)]
[OutputType(typeof(ChatTag))]
public sealed class GetGiosgChatTagCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        foreach (var chat in ChatsById())
        {
            Run(chat.ChatId, () => ListingWriter.Write(client.Tags.List(chat), Output, 0, ulong.MaxValue, StopToken));
        }
    }
}
