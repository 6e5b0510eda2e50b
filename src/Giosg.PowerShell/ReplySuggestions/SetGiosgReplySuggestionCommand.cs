using System.Management.Automation;
using Giosg.Client.ReplySuggestions;
using Giosg.PowerShell.Commands;

namespace Giosg.PowerShell.ReplySuggestions;

/// <summary>
/// <para type="synopsis">Changes a reply suggestion's text or relevancy score.</para>
/// <para type="description">PATCHes users/&lt;user&gt;/chats/&lt;chat&gt;/messages/&lt;message&gt;/reply_suggestions/&lt;id&gt; (or routed_chats with -Routed) with the attributes given (001 documents PUT and PATCH; PATCH leaves the others as they are). Suggestions from Get-GiosgReplySuggestion bind by property name (ChatId, MessageId, Id, UserId); -Routed is given on the command line.</para>
/// </summary>
[Cmdlet(VerbsCommon.Set, "GiosgReplySuggestion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
[OutputType(typeof(ChatReplySuggestion))]
public sealed class SetGiosgReplySuggestionCommand : GiosgCmdlet
{
    /// <summary><para type="description">The chat. Binds from a piped object's ChatId.</para></summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string ChatId { get; set; } = "";

    /// <summary><para type="description">The message the suggestion belongs to. Binds from a piped object's MessageId.</para></summary>
    [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
    public string MessageId { get; set; } = "";

    /// <summary><para type="description">The suggestion's id. Binds from a piped object's Id or SuggestionId.</para></summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [Alias("SuggestionId")]
    [ValidateNotNullOrEmpty]
    public string Id { get; set; } = "";

    /// <summary><para type="description">The new text. Not bound from the pipeline, so piping a suggestion changes only what the command line gives.</para></summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Suggestion { get; set; }

    /// <summary><para type="description">The new relevancy score, from 0 to 1.</para></summary>
    [Parameter]
    [ValidateRange(0.0, 1.0)]
    public double? RelevancyScore { get; set; }

    /// <summary><para type="description">The user whose chat it is; defaults to Connect-Giosg -UserId. Binds from a piped object's UserId.</para></summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    public string? UserId { get; set; }

    /// <summary><para type="description">Uses users/&lt;user&gt;/routed_chats.</para></summary>
    [Parameter]
    public SwitchParameter Routed { get; set; }

    /// <summary><para type="description">Writes the suggestion as the API returned it.</para></summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

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
        if (!ShouldProcess($"reply suggestion {Id} of message {messageId}", "Update"))
        {
            return;
        }

        Run(Id, () =>
        {
            var updated = client.ReplySuggestions.UpdateAsync(new ReplySuggestionTarget(chatId, messageId, userId, Routed), Id, Suggestion, RelevancyScore, StopToken).GetAwaiter().GetResult();
            if (PassThru)
            {
                Output.WriteObject(updated);
            }
        });
    }
}
