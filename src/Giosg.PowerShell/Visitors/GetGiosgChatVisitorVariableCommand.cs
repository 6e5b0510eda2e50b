using System.Management.Automation;
using Giosg.Client.Visitors;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Visitors;

/// <summary>
/// <para type="synopsis">Gets the variables of a Giosg chat's visitor.</para>
/// <para type="description">Streams the visitor variables (data set for the visitor through APIs) of each chat's visitor. The API documents them only for owned chats. Without -VisitorId, the chat's visitor is found through its memberships first; a chat without a visitor yields nothing.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatVisitorVariable")]
[OutputType(typeof(VisitorVariable))]
public sealed class GetGiosgChatVisitorVariableCommand : GiosgChatCmdlet
{
    /// <summary><para type="description">The visitor's id (a string, not a GUID): the MemberId of the chat's visitor membership.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("MemberId")]
    [ValidateNotNullOrEmpty]
    public string? VisitorId { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var reader = new VisitorVariableReader(CreateClient(), Output, StopToken);
        Run(null, () =>
        {
            foreach (var chat in Targets().Select(target => target.Reference))
            {
                reader.Write(chat, VisitorId);
            }
        });
    }
}
