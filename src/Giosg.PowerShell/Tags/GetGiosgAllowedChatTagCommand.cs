using System.Management.Automation;
using Giosg.Client.Tags;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Tags;

/// <summary>
/// <para type="synopsis">Gets the tags a chat's room allows.</para>
/// <para type="description">Streams the allowed tags of each chat's room: the names Add-GiosgChatTag can use (and completes).</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgAllowedChatTag")]
[OutputType(typeof(ChatTag))]
public sealed class GetGiosgAllowedChatTagCommand : GiosgChatCmdlet
{
    /// <inheritdoc />
    protected override void ProcessRecord() => WriteForEachChat((client, chat) => client.Tags.ListAllowed(chat));
}
