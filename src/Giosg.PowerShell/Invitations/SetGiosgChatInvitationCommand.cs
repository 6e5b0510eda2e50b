using System.Management.Automation;
using Giosg.Client.Invitations;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Invitations;

/// <summary>
/// <para type="synopsis">Accepts, declines or expires Giosg chat invitations.</para>
/// <para type="description">-State Expired withdraws an invitation the user sent (001, PATCH users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations/&lt;id&gt; {"is_expired": true}); -State Accepted or Declined answers one sent to the user (PATCH users/&lt;user&gt;/incoming_chat_invitations/&lt;id&gt; {"is_accepted": true|false}). 001 documents accepting only; declining as is_accepted=false is the module's choice, and a decline the API leaves pending is reported as a warning. Invitations from Get-GiosgChatInvitation bind by property name (Id, ChatId, Direction, UserId); an outgoing one cannot be accepted or declined and an incoming one cannot be expired, and such an input is an error about it, with nothing sent. The PATCH is repeated after a lost answer.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "GiosgChatInvitation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ChatInvitation))]
public sealed class SetGiosgChatInvitationCommand : GiosgCmdlet
{
    private int _state;

    /// <summary><para type="description">The invitation's id (a GUID or its text).</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("InvitationId")]
    [AllowEmptyString]
    [AllowNull]
    public string? Id { get; set; }

    /// <summary><para type="description">Accepted or Declined (an incoming invitation), or Expired (an outgoing one).</para></summary>
    [Parameter(Mandatory = true, Position = 1)]
    public InvitationAnswer State
    {
        // Stored as an int: a field of Giosg.Client's enum type would load Giosg.Client from the default context.
        get => (InvitationAnswer)_state;
        set => _state = (int)value;
    }

    /// <summary><para type="description">The invitation's chat (a GUID or its text): needed to expire an outgoing invitation, whose path names the chat.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? ChatId { get; set; }

    /// <summary><para type="description">Outgoing or Incoming, as Get-GiosgChatInvitation read it; checked against -State before anything is sent. Empty: not checked.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? Direction { get; set; }

    /// <summary><para type="description">The user who sent (Expired) or received (Accepted, Declined) the invitation, a GUID or its text; defaults to Connect-Giosg -UserId.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? UserId { get; set; }

    /// <summary><para type="description">Changes without asking for confirmation, for automation; -WhatIf still only reports.</para></summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    /// <summary><para type="description">Writes each invitation as the API returns it after the change.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!InvitationInput.TryRead(Id, ChatId, Direction, UserId, out var input, out var error))
        {
            Output.WriteError(error);
            return;
        }

        var answer = (InvitationAnswer)_state;
        var expiring = answer == InvitationAnswer.Expired;
        if (input.Direction is { } direction && direction == InvitationDirection.Incoming == expiring)
        {
            Output.WriteError(expiring
                ? new CommandError(new InvalidOperationException($"Invitation {input.Id} was sent to the user (incoming); only its sender can expire it."), "GiosgInvitationNotOutgoing", ErrorCategory.InvalidOperation, input.Id, "Answer it with -State Declined, or expire it as its sender.")
                : new CommandError(new InvalidOperationException($"Invitation {input.Id} was sent by the user (outgoing); only its invitee can accept or decline it."), "GiosgInvitationNotIncoming", ErrorCategory.InvalidOperation, input.Id, "Withdraw it with -State Expired."));
            return;
        }

        if (expiring && input.ChatId is null)
        {
            Output.WriteError(new CommandError(new ArgumentException($"Invitation {input.Id}: expiring goes through its chat's outgoing invitations, and no chat was given."), "GiosgInvitationChatMissing", ErrorCategory.InvalidArgument, input.Id, "Pipe invitations from Get-GiosgChatInvitation -Outgoing, or pass -ChatId."));
            return;
        }

        var client = CreateClient();
        var verb = answer switch { InvitationAnswer.Accepted => "Accept", InvitationAnswer.Declined => "Decline", _ => "Expire" };
        if (!ShouldChange(Force, input.ChatId is { } chat ? $"Invitation {input.Id} of chat {chat}" : $"Invitation {input.Id}", $"{verb} invitation"))
        {
            return;
        }

        Run(input.Id, () =>
        {
            var updated = client.Invitations.AnswerAsync(input.Id, answer, input.ChatId, input.UserId, StopToken).GetAwaiter().GetResult();
            if (answer == InvitationAnswer.Declined && updated.State == InvitationState.Pending)
            {
                WriteWarning($"The API took the decline of invitation {input.Id} but left it pending: 001 documents accepting only, and the module declines with is_accepted=false.");
            }

            WriteVerbose($"Invitation {input.Id} is {updated.State} now.");
            if (PassThru)
            {
                WriteObject(updated);
            }
        });
    }
}
