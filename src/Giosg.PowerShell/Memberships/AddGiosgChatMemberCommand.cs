using System.Management.Automation;
using Giosg.Client.Memberships;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Errors;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Memberships;

/// <summary>
/// <para type="synopsis">Joins a user to Giosg chats.</para>
/// <para type="description">Adds the user (-UserId, the input's UserId, or Connect-Giosg -UserId) as a participating member of each chat, which lets the user send messages to it (Send-GiosgChatMessage). -Via chooses the documented endpoint: Organization (default) joins through the chat's organization family (orgs/&lt;org&gt;/owned_chats, routed_chats or involved_chats, by -Scope) with member_id, and the API answers 200 for a user who is a member already (reported AlreadyMember); UserRouted joins a chat routed to the user (users/&lt;user&gt;/routed_chats, as Giosg's demo bot does); UserPending takes a pending chat (users/&lt;user&gt;/pending_chats), which the API refuses with 404 once the chat is no longer pending. Each join is sent once and never repeated: a connection that breaks after sending is reported as GiosgOutcomeUnknown (the user may have joined). An ended chat takes no new members: a chat from Get-GiosgChat that has ended is refused before any request (GiosgChatEnded); the API answers 404 for others.</para>
/// </summary>
[Cmdlet(VerbsCommon.Add, "GiosgChatMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(ChatMembershipChange))]
public sealed class AddGiosgChatMemberCommand : GiosgChatChangeCmdlet
{
    private int _via;

    /// <summary><para type="description">Organization (default: the chat's organization family, by -Scope), UserRouted (the user's routed chats) or UserPending (the user's pending chats).</para></summary>
    [Parameter]
    public JoinRoute Via
    {
        // An int field, as Scope: a field of Giosg.Client's enum type would load Giosg.Client too early.
        get => (JoinRoute)_via;
        set => _via = (int)value;
    }

    /// <summary><para type="description">Writes a result per chat: Joined (a new membership) or AlreadyMember, with the membership.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        Run(null, () =>
        {
            foreach (var target in Targets())
            {
                if (target.Chat is { IsEnded: true } ended)
                {
                    Output.WriteError(ApiErrors.ChatEnded(ended, "no member was added"));
                    continue;
                }

                var user = UserId ?? target.Reference.UserId ?? client.Connection.UserId;
                if (!Output.ShouldProcess(target.Describe(), $"Join user {user?.ToString() ?? "(none: pass -UserId)"} to the chat (through {Via})"))
                {
                    continue;
                }

                PerChat.Try(Output, target.Reference.ChatId, () =>
                {
                    var change = client.Memberships.JoinAsync(target.Reference, Via, user, isParticipating: true, StopToken).GetAwaiter().GetResult();
                    Output.WriteVerbose(change.Outcome == MembershipOutcome.Joined
                        ? $"User {change.UserId} joined chat {change.ChatId}."
                        : $"User {change.UserId} was a member of chat {change.ChatId} already.");
                    if (PassThru)
                    {
                        Output.WriteObject(change);
                    }
                });
            }
        });
    }
}
