using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.Chats;

/// <summary>
/// <para type="synopsis">Starts a Giosg chat: with a visitor in a room, or an empty chat between users.</para>
/// <para type="description">With -RoomId and -VisitorId, starts the user's chat with the visitor (001: POST users/&lt;user&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats); the API may return a recent chat the user can join instead, and -Verbose says which. With -Organization, starts it through the organization's room instead (004: POST orgs/&lt;org&gt;/rooms/&lt;room&gt;/visitors/&lt;visitor&gt;/chats), where -AutoResume resumes a recent chat that user can join. With -Empty, starts an empty chat of the user for other users to be invited to (001: POST users/&lt;user&gt;/chats). A start is sent once and never retried: if the connection breaks after the request went out, the chat may exist, and the error says so instead of starting a second one.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "GiosgChat", DefaultParameterSetName = VisitorSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
[OutputType(typeof(Chat))]
public sealed class NewGiosgChatCommand : GiosgCmdlet
{
    private const string VisitorSet = "Visitor";
    private const string OrganizationSet = "Organization";
    private const string EmptySet = "Empty";

    /// <summary><para type="description">The room to chat in. Binds from a piped object's RoomId (a chat, a CSV row).</para></summary>
    [Parameter(ParameterSetName = VisitorSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = OrganizationSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string RoomId { get; set; } = "";

    /// <summary><para type="description">The visitor to chat with (32 hexadecimal digits, not a GUID). Binds from a piped object's VisitorId.</para></summary>
    [Parameter(ParameterSetName = VisitorSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = OrganizationSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string VisitorId { get; set; } = "";

    /// <summary><para type="description">The user who starts the chat and becomes its member; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId.</para></summary>
    [Parameter(ParameterSetName = VisitorSet, ValueFromPipelineByPropertyName = true)]
    [Parameter(ParameterSetName = EmptySet, ValueFromPipelineByPropertyName = true)]
    public string? UserId { get; set; }

    /// <summary><para type="description">Starts the chat through the organization's room (the older chat API, 004) rather than as a user (001).</para></summary>
    [Parameter(ParameterSetName = OrganizationSet, Mandatory = true)]
    public SwitchParameter Organization { get; set; }

    /// <summary><para type="description">With -Organization: resume a recent chat this user can join instead of starting a new one, and make the user present in it (004's auto_resume; the private chats setting decides). Sent both as a query parameter and in the payload, because 004 does not say which.</para></summary>
    [Parameter(ParameterSetName = OrganizationSet)]
    public Guid? AutoResume { get; set; }

    /// <summary><para type="description">Starts an empty chat without a visitor (chat type operator), for other users to be invited to.</para></summary>
    [Parameter(ParameterSetName = EmptySet, Mandatory = true)]
    public SwitchParameter Empty { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!IdInput.TryRead(UserId, nameof(UserId), Output, out var userId))
        {
            return;
        }

        var roomId = Guid.Empty;
        if (ParameterSetName != EmptySet && !IdInput.TryReadRequired(RoomId, nameof(RoomId), Output, out roomId))
        {
            return;
        }

        var client = CreateClient();
        var (target, action) = ParameterSetName switch
        {
            EmptySet => ($"user {Describe(userId)}", "Start an empty chat"),
            OrganizationSet => ($"visitor {VisitorId} in room {roomId}", AutoResume is null ? "Start a chat (004)" : $"Start or resume for user {AutoResume} a chat (004)"),
            _ => ($"visitor {VisitorId} in room {roomId}", $"Start or join as user {Describe(userId)} a chat"),
        };

        if (!ShouldProcess(target, action))
        {
            return;
        }

        Run(target, () =>
        {
            try
            {
                var start = (ParameterSetName switch
                {
                    EmptySet => client.Chats.StartEmptyAsync(userId, StopToken),
                    OrganizationSet => client.Chats.StartInRoomAsync(roomId, VisitorId, AutoResume, StopToken),
                    _ => client.Chats.StartWithVisitorAsync(roomId, VisitorId, userId, StopToken),
                }).GetAwaiter().GetResult();
                WriteVerbose(start.Created ? $"Started chat {start.Chat.Id} ({target})." : $"The API returned the existing chat {start.Chat.Id} ({target}) instead of starting a new one.");
                Output.WriteObject(start.Chat);
            }
            catch (ChatStartUncertainException exception)
            {
                Output.WriteError(new CommandError(exception, "GiosgChatMayExist", ErrorCategory.OperationTimeout, target,
                    "Look for the chat before starting it again (Get-GiosgChat -Scope User, or -RoomId with -VisitorId): the request went out and may have started it."));
            }
        });
    }

    private string Describe(Guid? user) => (user ?? (Connection ?? Session.SessionConnection.Current)?.UserId)?.ToString() ?? "(none)";
}
