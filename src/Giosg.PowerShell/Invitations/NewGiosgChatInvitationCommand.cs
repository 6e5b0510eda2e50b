using System.Management.Automation;
using Giosg.Client.Errors;
using Giosg.Client.Invitations;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Invitations;

/// <summary>
/// <para type="synopsis">Invites a user, a team or an organization to Giosg chats.</para>
/// <para type="description">Sends a chat invitation for each chat (001, POST users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations) from -UserId, else the input's UserId, else Connect-Giosg -UserId, who must be a member of the chat. The request is sent once and never repeated: when the connection breaks, the error GiosgInvitationMayHaveBeenSent says the invitation may have been sent, and running the command again is harmless (001 answers 200 with the invitee's pending invitation, reported in the verbose stream).</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "GiosgChatInvitation", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = UserSet)]
[OutputType(typeof(ChatInvitation))]
public sealed class NewGiosgChatInvitationCommand : GiosgChatChangeCmdlet
{
    private const string UserSet = "User";
    private const string TeamSet = "Team";
    private const string OrganizationSet = "Organization";

    /// <summary><para type="description">The user to invite.</para></summary>
    [Parameter(ParameterSetName = UserSet, Mandatory = true, Position = 1)]
    public Guid InvitedUserId { get; set; }

    /// <summary><para type="description">The team to invite: your own team or one a partner organization shares.</para></summary>
    [Parameter(ParameterSetName = TeamSet, Mandatory = true)]
    public Guid InvitedTeamId { get; set; }

    /// <summary><para type="description">The partner organization to invite.</para></summary>
    [Parameter(ParameterSetName = OrganizationSet, Mandatory = true)]
    public Guid InvitedOrganizationId { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        var (kind, invitee) = ParameterSetName switch
        {
            TeamSet => ((int)InviteeKind.Team, InvitedTeamId),
            OrganizationSet => ((int)InviteeKind.Organization, InvitedOrganizationId),
            _ => ((int)InviteeKind.User, InvitedUserId),
        };
        Run(null, () =>
        {
            foreach (var chat in Targets().Select(target => target.Reference))
            {
                if (!Output.ShouldProcess($"Chat {chat.ChatId}", $"Invite {(InviteeKind)kind} {invitee}"))
                {
                    continue;
                }

                PerChat.Try(Output, chat.ChatId, () =>
                {
                    SentInvitation sent;
                    try
                    {
                        sent = client.Invitations.SendAsync(chat.ChatId, (InviteeKind)kind, invitee, chat.UserId, StopToken).GetAwaiter().GetResult();
                    }
                    catch (GiosgApiException exception) when (exception.Kind is GiosgErrorKind.Network or GiosgErrorKind.Timeout)
                    {
                        // A creating POST is never repeated, so whether it reached the API is unknown.
                        Output.WriteError(new CommandError(
                            new InvalidOperationException($"The invitation to chat {chat.ChatId} may have been sent: {exception.Message} It was not sent again.", exception),
                            "GiosgInvitationMayHaveBeenSent",
                            ErrorCategory.ConnectionError,
                            chat.ChatId,
                            $"Check with Get-GiosgChatInvitation -ChatId {chat.ChatId}, or run the command again: the API answers a repeat with the invitee's pending invitation instead of a second one."));
                        return;
                    }

                    Output.WriteVerbose(sent.AlreadyPending
                        ? $"{(InviteeKind)kind} {invitee} already had a pending invitation to chat {chat.ChatId} ({sent.Invitation.Id}); nothing new was sent."
                        : $"Invited {(InviteeKind)kind} {invitee} to chat {chat.ChatId} ({sent.Invitation.Id}).");
                    Output.WriteObject(sent.Invitation);
                });
            }
        });
    }
}
