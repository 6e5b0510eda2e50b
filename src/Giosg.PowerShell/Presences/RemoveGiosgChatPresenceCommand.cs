using System.Management.Automation;
using Giosg.Client.Presences;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Presences;

/// <summary>
/// <para type="synopsis">Removes an operator's presence from Giosg chats, such as an operator stuck "present".</para>
/// <para type="description">Removes the operator from each chat's present operators (004, DELETE orgs/&lt;org&gt;/chats/&lt;chat&gt;/presences/&lt;user&gt;). The operator is -UserId, else the input's UserId (presences from Get-GiosgChatPresence, chats from Get-GiosgChat -Current -UserId), else Connect-Giosg -UserId. 004 documents no answers for this request; the module's choice: a 404 (unknown chat, or an operator who is not present) is an error about that chat, except on a repeated attempt, where the lost attempt removed the presence.</para>
/// </summary>
[Cmdlet(VerbsCommon.Remove, "GiosgChatPresence", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(PresenceChange))]
public sealed class RemoveGiosgChatPresenceCommand : GiosgChatChangeCmdlet
{
    private PresenceChanges? _changes;

    /// <summary><para type="description">Writes a result per chat.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        _changes ??= new PresenceChanges(CreateClient(), Output, PassThru, StopToken);
        Run(null, () =>
        {
            foreach (var chat in Targets())
            {
                _changes.Remove(chat.Reference);
            }
        });
    }
}
