using System.Management.Automation;
using Giosg.Client.Presences;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.Presences;

/// <summary>
/// <para type="synopsis">Joins an operator to Giosg chats.</para>
/// <para type="description">Adds the operator to each chat's present operators (004, POST orgs/&lt;org&gt;/chats/&lt;chat&gt;/presences). The operator is -UserId, else the input's UserId, else Connect-Giosg -UserId. With -Exclusive the API refuses (400) a chat another operator has joined already, so two operators do not take the same chat. The request is repeated after a lost answer: 004 answers 200 for an operator who is present already, so a repeat changes nothing. The API drops an operator it has not reached for a while.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "GiosgChatPresence", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(PresenceChange))]
public sealed class AddGiosgChatPresenceCommand : GiosgChatChangeCmdlet
{
    private PresenceChanges? _changes;

    /// <summary><para type="description">Fails (400) for a chat another operator has joined already (004's exclusive=true).</para></summary>
    [Parameter]
    public SwitchParameter Exclusive { get; set; }

    /// <summary><para type="description">Writes a result per chat: Added, or AlreadyPresent when the API answered 200 to the first attempt.</para></summary>
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
                _changes.Add(chat.Reference, Exclusive);
            }
        });
    }
}
