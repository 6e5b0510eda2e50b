using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// The base of the cmdlets that change a chat's state (Stop-GiosgChat, Set-GiosgChat): chats come
/// whole from Get-GiosgChat, so what is known about them (ended already) saves a request, or by id.
/// </summary>
public abstract class GiosgChatStateCmdlet : GiosgChatChangeCmdlet
{
    /// <summary>The default set, so piped chat objects bind whole rather than by their Id.</summary>
    private protected const string ChatSet = "Chat";

    private ChatChanges? _changes;

    /// <summary><para type="description">Chats from Get-GiosgChat.</para></summary>
    [Parameter(ParameterSetName = ChatSet, Mandatory = true, ValueFromPipeline = true)]
    public Chat[] InputObject { get; set; } = [];

    /// <summary><para type="description">Writes each chat as it is after the change.</para></summary>
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
                Change(_changes, target);
            }
        });
    }

    /// <summary>Applies this cmdlet's change to one chat.</summary>
    private protected abstract void Change(ChatChanges changes, ChatTarget target);
}
