using System.Management.Automation;
using Giosg.Client.Chats;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// <para type="synopsis">Changes Giosg chats: marks them as not waiting.</para>
/// <para type="description">Sets is_waiting to false, the one change of a chat's state besides ending that the API documents. The API refuses it (400) for an ended chat; that chat is reported as an error and the others go on.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "GiosgChat", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Chat))]
public sealed class SetGiosgChatCommand : GiosgChatStateCmdlet
{
    /// <summary><para type="description">$false: the chat no longer waits for a user's answer. The API documents no other change.</para></summary>
    [Parameter(Mandatory = true)]
    public bool Waiting { get; set; }

    /// <inheritdoc />
    protected override void BeginProcessing()
    {
        if (Waiting)
        {
            ThrowTerminatingError(new ErrorRecord(
                new ArgumentException("-Waiting $true is not possible: the API lets clients only mark a chat as not waiting (-Waiting $false)."),
                "GiosgWaitingTrueUnsupported",
                ErrorCategory.InvalidArgument,
                Waiting));
        }
    }

    private protected override void Change(ChatChanges changes, ChatTarget target) => changes.StopWaiting(target);
}
