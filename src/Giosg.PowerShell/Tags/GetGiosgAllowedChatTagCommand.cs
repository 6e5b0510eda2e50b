using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Gets the tags a chat's room allows.</para>
/// <para type="description">Streams the allowed tags of each chat's room: the names Add-GiosgChatTag can use (and completes).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgAllowedChatTag", DefaultParameterSetName = IdSet)]
[OutputType(typeof(ChatTag))]
public sealed class GetGiosgAllowedChatTagCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        foreach (var chat in ChatsById())
        {
            Run(chat.ChatId, () => ListingWriter.Write(client.Tags.ListAllowed(chat), Output, 0, ulong.MaxValue, StopToken));
        }
    }
}
