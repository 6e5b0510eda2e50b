using System.Management.Automation;
using Giosg.Client.ReplySuggestions;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.ReplySuggestions;

/// <summary>
/// <para type="synopsis">Gets the reply suggestions of a chat, or of one of its messages.</para>
/// <para type="description">Lists users/&lt;user&gt;/chats/&lt;chat&gt;/reply_suggestions, or with -MessageId the message's (001), oldest first (newest with -Descending), streaming. With -Routed, reads a chat routed to the user, who may not have joined it yet (users/&lt;user&gt;/routed_chats/…). ChatId, MessageId and UserId bind by property name.</para>
/// </summary>
[Cmdlet(VerbsCommon.Get, "GiosgReplySuggestion")]
[OutputType(typeof(ChatReplySuggestion))]
public sealed class GetGiosgReplySuggestionCommand : GiosgCmdlet
{
    /// <summary><para type="description">The chat. Binds from a piped object's ChatId.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    public string ChatId { get; set; } = "";

    /// <summary><para type="description">Only this message's suggestions. Binds from a piped object's MessageId.</para></summary>
    [Parameter(Position = 1, ValueFromPipelineByPropertyName = true)]
    public string? MessageId { get; set; }

    /// <summary><para type="description">The user whose chat it is; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? UserId { get; set; }

    /// <summary><para type="description">Reads the chat as one routed to the user (users/&lt;user&gt;/routed_chats), which the user may not have joined.</para></summary>
    [Parameter]
    public SwitchParameter Routed { get; set; }

    /// <summary><para type="description">Newest first (ordering=-created_at).</para></summary>
    [Parameter]
    public SwitchParameter Descending { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!IdInput.TryReadRequired(ChatId, nameof(ChatId), Output, out var chatId)
            || !IdInput.TryRead(MessageId, nameof(MessageId), Output, out var messageId)
            || !IdInput.TryRead(UserId, nameof(UserId), Output, out var userId))
        {
            return;
        }

        var client = CreateClient();
        var target = new ReplySuggestionTarget(chatId, messageId, userId, Routed);
        Run(MessageId ?? ChatId, () => ListingWriter.Write(client.ReplySuggestions.List(target, Descending), Output, 0, ulong.MaxValue, StopToken));
    }
}
