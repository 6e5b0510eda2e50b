using System.Management.Automation;
using Giosg.Client.Memberships;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Errors;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Memberships;

/// <summary>
/// <para type="synopsis">Changes a user's membership of Giosg chats: participating or not, and the composing status.</para>
/// <para type="description">Updates the membership of the user (-UserId, the input's UserId, or Connect-Giosg -UserId) in each chat with PUT users/&lt;user&gt;/chat_memberships/&lt;chat&gt; (001), which takes is_participating and composing_status together. -Participating:$false leaves the chat (the chat shows a leave event); -Participating:$true returns to it. The user must be a member (404 otherwise). The same change twice leaves the same state, so the request is retried when its answer is lost. An ended chat's memberships cannot change: a chat from Get-GiosgChat that has ended is refused before any request (GiosgChatEnded); the API answers 400 for others.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "GiosgChatMembership", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ChatMembershipChange))]
public sealed class SetGiosgChatMembershipCommand : GiosgChatChangeCmdlet
{
    /// <summary><para type="description">Whether the user takes part in the chat now ($false leaves it).</para></summary>
    [Parameter(Mandatory = true)]
    public bool Participating { get; set; }

    /// <summary><para type="description">idle (default), typing or typed.</para></summary>
    [Parameter]
    [ValidateSet("idle", "typing", "typed")]
    public string ComposingStatus { get; set; } = "idle";

    /// <summary><para type="description">When the user last saw the conversation (last_seen_at); left unchanged when not given.</para></summary>
    [Parameter]
    public DateTimeOffset? LastSeenAt { get; set; }

    /// <summary><para type="description">Writes each membership as it is after the change.</para></summary>
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
                    Output.WriteError(ApiErrors.ChatEnded(ended, "its memberships cannot change"));
                    continue;
                }

                var user = UserId ?? target.Reference.UserId ?? client.Connection.UserId;
                if (!Output.ShouldProcess(target.Describe(), $"Set user {user?.ToString() ?? "(none: pass -UserId)"} {(Participating ? "participating" : "not participating")}, {ComposingStatus}"))
                {
                    continue;
                }

                PerChat.Try(Output, target.Reference.ChatId, () =>
                {
                    var change = client.Memberships.UpdateAsync(target.Reference.ChatId, Participating, ComposingStatus, LastSeenAt, user, StopToken).GetAwaiter().GetResult();
                    Output.WriteVerbose($"User {change.UserId} is {(change.Membership?.IsParticipating ?? Participating ? "participating in" : "not participating in")} chat {change.ChatId}.");
                    if (PassThru)
                    {
                        Output.WriteObject(change);
                    }
                });
            }
        });
    }
}
