using System.Management.Automation;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// The base of the cmdlets that change a chat's state (Stop-GiosgChat, Set-GiosgChat): a chat from
/// Get-GiosgChat arrives whole, so what is known about it (ended already) saves a request.
/// </summary>
public abstract class GiosgChatStateCmdlet : GiosgChatChangeCmdlet
{
    private ChatChanges? _changes;

    /// <summary><para type="description">Writes each chat as it is after the change.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _changes ??= new ChatChanges(CreateClient(), Output, PassThru, StopToken);
        Run(null, () =>
        {
            foreach (var target in Targets())
            {
                Change(_changes, target);
            }
        });
    }

    /// <summary>Applies this cmdlet's change to one chat.</summary>
    private protected abstract void Change(ChatChanges changes, ChatTarget target);
}
