using System.Management.Automation;
using Giosg.Client.Chats;
using Giosg.Client.Errors;
using Giosg.Client.ReplySuggestions;
using Giosg.PowerShell.Commands;
using Giosg.PowerShell.Output;

namespace Giosg.PowerShell.ReplySuggestions;

/// <summary>
/// <para type="synopsis">Adds a reply suggestion to a chat message, as a bot or an assistant would.</para>
/// <para type="description">POSTs to users/&lt;user&gt;/chats/&lt;chat&gt;/messages/&lt;message&gt;/reply_suggestions (or routed_chats with -Routed) (001); agents see it in the Giosg Console. The POST is sent once and never retried: if its answer is lost the suggestion may exist, and the error (GiosgReplySuggestionMayExist) says so instead of adding a second one.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "GiosgReplySuggestion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ChatReplySuggestion))]
public sealed class NewGiosgReplySuggestionCommand : GiosgCmdlet
{
    /// <summary><para type="description">The chat. Binds from a piped object's ChatId.</para></summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string ChatId { get; set; } = "";

    /// <summary><para type="description">The message the suggestion replies to. Binds from a piped object's MessageId.</para></summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string MessageId { get; set; } = "";

    /// <summary><para type="description">The suggested reply. Binds from a piped object's Suggestion.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    public string Suggestion { get; set; } = "";

    /// <summary><para type="description">How good a reply it is, from 0 to 1.</para></summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? RelevancyScore { get; set; }

    /// <summary><para type="description">The user who adds it; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? UserId { get; set; }

    /// <summary><para type="description">Adds it through users/&lt;user&gt;/routed_chats, for a chat routed to the user that the user may not have joined.</para></summary>
    [Parameter]
    public SwitchParameter Routed { get; set; }

    /// <inheritdoc />
    protected override void ProcessRecord()
    {
        if (!IdInput.TryReadRequired(ChatId, nameof(ChatId), Output, out var chatId)
            || !IdInput.TryReadRequired(MessageId, nameof(MessageId), Output, out var messageId)
            || !IdInput.TryRead(UserId, nameof(UserId), Output, out var userId))
        {
            return;
        }

        var client = CreateClient();
        if (!ShouldProcess($"message {messageId} of chat {chatId}", $"Add the reply suggestion '{Suggestion}'"))
        {
            return;
        }

        Run(messageId, () =>
        {
            try
            {
                Output.WriteObject(client.ReplySuggestions.AddAsync(new ReplySuggestionTarget(chatId, messageId, userId, Routed), Suggestion, RelevancyScore, StopToken).GetAwaiter().GetResult());
            }
            catch (GiosgApiException exception) when (ChatStartUncertainException.Applies(exception))
            {
                Output.WriteError(new CommandError(exception, "GiosgReplySuggestionMayExist", ErrorCategory.OperationTimeout, messageId,
                    "The request went out and may have added the suggestion: check with Get-GiosgReplySuggestion -ChatId -MessageId before adding it again."));
            }
        });
    }
}
