using System.Management.Automation;
using Giosg.Client.Invitations;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Invitations;

/// <summary>
/// <para type="synopsis">Gets chat invitations a user has sent or received.</para>
/// <para type="description">Lists the user's outgoing invitations (001, users/&lt;user&gt;/chats/&lt;chat&gt;/outgoing_chat_invitations), per chat given with -ChatId or through the pipeline, or, without chats, of every open chat the user is a member of (the module's choice: 001 lists outgoing invitations per chat only, and an invitation expires when its chat ends, so only open chats hold pending ones). With -Incoming, lists the invitations sent to the user (users/&lt;user&gt;/incoming_chat_invitations). Oldest first. Each invitation carries Id, ChatId, Direction and UserId, so it pipes into Set-GiosgChatInvitation.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgChatInvitation", DefaultParameterSetName = OutgoingSet)]
[OutputType(typeof(ChatInvitation))]
public sealed class GetGiosgChatInvitationCommand : GiosgCmdlet
{
    private const string OutgoingSet = "Outgoing";
    private const string IncomingSet = "Incoming";
    private int? _state;

    /// <summary><para type="description">The chats whose outgoing invitations to list: chat ids, chats, or any object with a ChatId or Id property. Without chats, every open chat the user is a member of.</para></summary>
    [Parameter(ParameterSetName = OutgoingSet, Position = 0, ValueFromPipeline = true)]
    [Alias("Id", "InputObject")]
    public object[] ChatId { get; set; } = [];

    /// <summary><para type="description">Lists the invitations the user has sent (the default).</para></summary>
    [Parameter(ParameterSetName = OutgoingSet)]
    public SwitchParameter Outgoing { get; set; }

    /// <summary><para type="description">Lists the invitations sent to the user.</para></summary>
    [Parameter(ParameterSetName = IncomingSet, Mandatory = true)]
    public SwitchParameter Incoming { get; set; }

    /// <summary><para type="description">Only Pending (neither accepted nor expired), Accepted or Expired invitations: 001's is_accepted and is_expired filters.</para></summary>
    [Parameter]
    public InvitationState State
    {
        // Stored as an int: a field of Giosg.Client's enum type would load Giosg.Client from the default context.
        get => (InvitationState)(_state ?? 0);
        set => _state = (int)value;
    }

    /// <summary><para type="description">The user whose invitations to list; defaults to Connect-Giosg -UserId.</para></summary>
    [Parameter]
    public Guid? UserId { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        var client = CreateClient();
        InvitationState? state = _state is { } value ? (InvitationState)value : null;
        if (ParameterSetName == IncomingSet)
        {
            Run(null, () => ListingWriter.Write(client.Invitations.ListIncoming(UserId, state), Output, 0, ulong.MaxValue, StopToken));
            return;
        }

        if (!MyInvocation.BoundParameters.ContainsKey(nameof(ChatId)))
        {
            Run(null, () => ListingWriter.Write(client.Invitations.ListOutgoingOfOpenChats(UserId, state, StopToken), Output, 0, ulong.MaxValue, StopToken));
            return;
        }

        foreach (var input in ChatId)
        {
            if (!ChatInputs.TryResolve(input, null, null, out var target, out var error))
            {
                Output.WriteError(error);
                continue;
            }

            var chatId = target.Reference.ChatId;
            Run(chatId, () => ListingWriter.Write(client.Invitations.ListOutgoing(chatId, UserId ?? target.Reference.UserId, state), Output, 0, ulong.MaxValue, StopToken));
        }
    }
}
