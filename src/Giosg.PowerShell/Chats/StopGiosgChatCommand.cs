using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// <para type="synopsis">Ends Giosg chats.</para>
/// <para type="description">Ends each chat (PATCH is_ended=true). Ending is permanent: an ended chat accepts no new messages or members and cannot be reopened, so the cmdlet asks for confirmation unless -Force. A chat that has already ended is reported, not an error. Chats listed as routed or involved are ended through the owned endpoints when they belong to the connection's organization.</para>
/// </summary>
[Cmdlet(VerbsLifecycle.Stop, "GiosgChat", DefaultParameterSetName = ChatSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Chat))]
public sealed class StopGiosgChatCommand : GiosgChatChangeCmdlet
{
    // The default, so piped chat objects bind whole (with IsEnded) rather than by their Id.
    private const string ChatSet = "Chat";
    private ChatChanges? _changes;

    /// <summary><para type="description">Chats from Get-GiosgChat. An ended one is reported and skipped without a request.</para></summary>
    [Parameter(ParameterSetName = ChatSet, Mandatory = true, ValueFromPipeline = true)]
    public Chat[] InputObject { get; set; } = [];

    /// <summary><para type="description">Writes each chat as it is after ending.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _changes ??= new ChatChanges(CreateClient(), Output, PassThru, StopToken);
        var targets = ParameterSetName == ChatSet ? InputObject.Select(ChatTarget.Of) : ChatsById().Select(ChatTarget.Of);
        Run(null, () =>
        {
            foreach (var target in targets)
            {
                _changes.End(target);
            }
        });
    }
}
